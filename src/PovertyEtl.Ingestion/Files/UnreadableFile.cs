using PovertyEtl.Domain.Findings;
using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// The verdict on a file that is rejected without being opened: one with no bytes (nothing to
/// read; a FIFO or a device, which have no length, must not be opened at all), or one whose name
/// is not a workbook's (a <c>.csv</c>, a <c>.pdf</c>: the officer sent the wrong file). Null for
/// a file to read.
/// </summary>
public static class UnreadableFile
{
    public static ReportCheck? CheckOf(FileClaim claim)
    {
        var finding = claim.IsEmpty ? RuleCatalogue.FileEmpty.InSheet(string.Empty, "0 byte")
            : !ReportFileNames.IsWorkbook(claim.Name) ? RuleCatalogue.FileNotWorkbook.InSheet(string.Empty, Describe(claim.Name))
            : null;
        return finding is null ? null : new ReportCheck(claim.Name, null, [finding], Errors: 1, Warnings: 0);
    }

    private static string Describe(string name) =>
        Path.GetExtension(name) is { Length: > 0 } extension ? $"tệp {extension.ToLowerInvariant()}" : "tệp không có phần mở rộng";
}
