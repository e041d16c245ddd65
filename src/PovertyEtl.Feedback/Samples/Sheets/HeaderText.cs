using System.Text;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Text;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// Writes headers and labels as districts do: any of the names the format accepts, a unit in
/// parentheses after it, a line break inside a long one, and the file's spelling (upper case,
/// no diacritics, decomposed Unicode, doubled spaces). Each still matches after the format's
/// normalisation.
/// </summary>
internal sealed class HeaderText(SampleLayout layout, Random random)
{
    /// <summary>One of the column's accepted names, with <paramref name="unit"/> when the file writes units.</summary>
    public string Column(ColumnSpec spec, string? unit = null) => Finish(WithUnit(random.Pick(spec.Headers.Distinct().ToList()), unit));

    public string Label(InfoLabel label) =>
        Spell(random.Pick(label.Labels.ToList()) + (layout.InfoLabelsWithColon ? ":" : string.Empty));

    /// <summary>A header already carrying the unit it must state (<c>triệu đồng</c>), only broken and spelled.</summary>
    public string Finish(string header) => Spell(BreakLine(header));

    private string WithUnit(string header, string? unit) =>
        unit is null || !layout.UnitsInHeaders || header.Contains('(') ? header : $"{header} ({unit})";

    public string Spell(string text) => layout.HeaderSpelling switch
    {
        HeaderSpelling.UpperCase => text.ToUpperInvariant(),
        HeaderSpelling.NoDiacritics => MatchKey.FoldDiacritics(text),
        HeaderSpelling.Decomposed => text.Normalize(NormalizationForm.FormD),
        HeaderSpelling.DoubleSpaces => string.Join(' ', text.Split(' ').Select(w => random.Chance(40) ? w + " " : w)).TrimEnd() + " ",
        _ => text,
    };

    /// <summary>Breaks a header of three words or more at the space nearest its middle, as Alt+Enter does.</summary>
    private string BreakLine(string header)
    {
        var spaces = Enumerable.Range(0, header.Length).Where(i => header[i] == ' ').ToList();
        if (!layout.LineBreaksInHeaders || spaces.Count < 2 || !random.Chance(70)) return header;
        var middle = spaces.MinBy(i => Math.Abs(i - header.Length / 2));
        return string.Concat(header.AsSpan(0, middle), "\n", header.AsSpan(middle + 1));
    }
}
