using PovertyEtl.Validation;

namespace PovertyEtl.Tests.Support;

/// <summary>Helpers to state what a check found, and to say it readably when an assertion fails.</summary>
public static class FindingText
{
    private const string VietnameseLetters =
        "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ";

    /// <summary>Written in Vietnamese: letters only Vietnamese uses, and not the English message.</summary>
    public static bool IsVietnamese(Finding finding) =>
        finding.Message.ToLowerInvariant().Any(c => VietnameseLetters.Contains(c)) && finding.Message != finding.MessageEn;

    public static string Describe(this IEnumerable<Finding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => $"{f.Rule} {f.Severity} [{f.Cell}] '{f.Value}' {f.Message}"));

    public static IReadOnlyList<Finding> Problems(this ReportCheck check) =>
        check.Findings.Where(f => f.Severity != Severity.Info).ToList();
}
