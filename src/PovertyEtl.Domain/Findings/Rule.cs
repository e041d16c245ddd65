using PovertyEtl.Domain.Limits;
using System.Globalization;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Domain.Findings;

/// <summary>
/// A rule of the format: a stable code, a severity and message templates (Vietnamese for the
/// officer, English for logs) whose numbered holes are filled with the value found and what was expected.
/// <paramref name="MarksRow"/>: the rule is about a whole record (a duplicate, a row without key,
/// counts of a commune that do not add up), so the annotated copy tints the finding's row too.
/// </summary>
public sealed record Rule(string Code, Severity Severity, string Vietnamese, string English, bool MarksRow = false)
{
    public Finding At(SourceCell cell, string value, params object?[] args) =>
        Make(cell.Sheet, cell.ToString(), value, args);

    /// <summary>For a whole sheet or file (a missing sheet or key, an unreadable file): there is no cell to name.</summary>
    public Finding InSheet(string sheet, params object?[] args) => Make(sheet, string.Empty, string.Empty, args);

    /// <summary>
    /// The value is quoted as an excerpt, and any text in the message is bounded too
    /// (<see cref="ReadLimits"/>): whatever a file holds, a finding stays a line.
    /// </summary>
    private Finding Make(string sheet, string cell, string value, object?[] args)
    {
        var bounded = Array.ConvertAll(args, a => a is string text ? Excerpt.Of(text, ReadLimits.MessageArgumentCharacters) : a);
        return new(
            Code, Severity, sheet, cell, Excerpt.Of(value),
            string.Format(CultureInfo.InvariantCulture, Vietnamese, bounded),
            string.Format(CultureInfo.InvariantCulture, English, bounded));
    }
}
