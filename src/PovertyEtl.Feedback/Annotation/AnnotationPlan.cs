using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The findings of a check laid out for the annotated copy: the marks of each sheet, by the
/// sheet's name as the workbook writes it. Only errors and warnings at a cell mark the sheet;
/// findings about a whole file or sheet, and information, appear on the findings sheet only.
/// </summary>
internal sealed class AnnotationPlan
{
    private AnnotationPlan(IReadOnlyList<Finding> findings, Dictionary<string, SheetMarks> sheets)
    {
        Findings = findings;
        Sheets = sheets;
    }

    /// <summary>Every finding, errors first, then warnings, then information, each in the order found.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyDictionary<string, SheetMarks> Sheets { get; }

    public static AnnotationPlan Of(ReportCheck check)
    {
        var sheets = new Dictionary<string, SheetMarks>(StringComparer.Ordinal);
        foreach (var finding in check.Findings)
        {
            if (finding.Severity == Severity.Info || SourceCellText.RowOf(finding.Cell) is not { } row
                || SourceCellText.ColumnOf(finding.Cell) is not { } column) continue;
            if (!sheets.TryGetValue(finding.Sheet, out var marks)) sheets[finding.Sheet] = marks = new SheetMarks();
            marks.Add(finding, row, column, RuleCatalogue.ByCode(finding.Rule)?.MarksRow ?? false);
        }
        return new AnnotationPlan([.. check.Findings.OrderBy(f => f.Severity)], sheets);
    }
}
