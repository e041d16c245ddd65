using System.Globalization;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback;

/// <summary>
/// The findings of a file as plain text, one line per finding: what <c>validate</c> prints and
/// what is written beside a rejected file for the officer.
/// </summary>
public static class FindingsText
{
    public static void Write(TextWriter output, ReportCheck check, ReferenceData reference)
    {
        var verdict = check.Accepted ? "HỢP LỆ / ok" : "BỊ TỪ CHỐI / rejected";
        output.WriteLine($"{check.FilePath}: {verdict} — {ReportingUnitName.Of(check.ReportingUnit, check.DistrictCode, reference)}, năm {check.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}; " +
                         $"{check.Errors} lỗi, {check.Warnings} cảnh báo");
        if (check.Findings.Count == 0) return;
        var cellWidth = Math.Max(4, check.Findings.Max(f => Location(f).Length));
        var ruleWidth = check.Findings.Max(f => f.Rule.Length);
        foreach (var finding in check.Findings)
            output.WriteLine($"  {finding.Severity.Code(),-7} {Location(finding).PadRight(cellWidth)}  {finding.Rule.PadRight(ruleWidth)}  {finding.Message}");
    }

    private static string Location(Finding finding) =>
        finding.Cell.Length > 0 ? finding.Cell : finding.Sheet.Length > 0 ? finding.Sheet : "(tệp)";
}
