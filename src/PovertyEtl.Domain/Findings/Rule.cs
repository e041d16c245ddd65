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

    private Finding Make(string sheet, string cell, string value, object?[] args) => new(
        Code, Severity, sheet, cell, value,
        string.Format(CultureInfo.InvariantCulture, Vietnamese, args),
        string.Format(CultureInfo.InvariantCulture, English, args));
}
