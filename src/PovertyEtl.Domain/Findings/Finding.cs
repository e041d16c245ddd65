namespace PovertyEtl.Domain.Findings;

/// <summary>
/// One thing found in a report: which rule, how serious, where (sheet and cell as Excel shows
/// them; empty when the thing is missing altogether), the value found there, and messages in
/// Vietnamese for the officer and English for logs.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Sheet, string Cell, string Value, string Message, string MessageEn)
{
    public int? Row => Reports.SourceCellText.RowOf(Cell);
}
