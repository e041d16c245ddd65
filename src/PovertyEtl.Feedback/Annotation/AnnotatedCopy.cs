using System.IO.Compression;
using System.Xml;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Findings;
using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The officer's own workbook handed back with its problems marked: <c>bao-cao.xlsx</c> gives
/// <c>bao-cao.kiem-tra.xlsx</c> (<c>.xlsm</c> gives <c>.kiem-tra.xlsm</c>: Excel opens a macro
/// workbook only under that extension), whose first sheet lists the findings with a link to each cell,
/// and where each cell a finding names is coloured (errors red, warnings amber) and carries a
/// comment with the message. The original is only read. Whole or absent (<see cref="AtomicFile"/>):
/// a crash or a full disk never leaves half a copy.
/// </summary>
public static class AnnotatedCopy
{
    public const string Marker = ".kiem-tra";

    /// <summary>
    /// Only a file with something to fix gets a copy; one beyond a limit of what is read
    /// (<c>LIMIT_*</c>) gets its findings text only: the copy would have to carry what the reader refused.
    /// </summary>
    public static bool IsWanted(ReportCheck check) => check.Errors + check.Warnings > 0 && !IsOverALimit(check);

    private static bool IsOverALimit(ReportCheck check) => check.Findings.Any(f => RuleCatalogue.IsLimit(f.Rule));

    /// <summary><c>bao-cao.xlsx</c> → <c>bao-cao.kiem-tra.xlsx</c>, <c>bao-cao.xlsm</c> → <c>bao-cao.kiem-tra.xlsm</c>.</summary>
    public static string NameFor(string originalPath) =>
        Path.GetFileNameWithoutExtension(originalPath) + Marker + (Path.GetExtension(originalPath).Equals(".xlsm", StringComparison.OrdinalIgnoreCase) ? ".xlsm" : ".xlsx");

    /// <summary>
    /// Writes the copy of <paramref name="originalPath"/> to <paramref name="targetPath"/>; false,
    /// and nothing written, when the original is not an .xlsx/.xlsm package that can be annotated
    /// (a legacy .xls, a corrupt or encrypted file, one beyond a limit of what is read: its findings text is all the officer gets).
    /// </summary>
    public static bool TryWrite(string originalPath, ReportCheck check, string targetPath)
    {
        if (IsOverALimit(check)) return false;
        try
        {
            using var input = new FileStream(originalPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var zip = new ZipArchive(input, ZipArchiveMode.Read);
            var package = XlsxPackage.Of(zip);
            if (package.WorkbookPath is null || !package.Entries.ContainsKey("[Content_Types].xml")) return false;
            AtomicFile.Write(targetPath, output =>
            {
                using var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
                new PackageAnnotator(package, AnnotationPlan.Of(check), check, Path.GetFileName(originalPath), copy).Write();
            }, replace: true);
            return true;
        }
        // A part the reader never streamed (a sheet outside the format, a drawing) can still go beyond a limit: no copy then either.
        catch (Exception e) when (e is InvalidDataException or XmlException or EndOfStreamException or WorkbookLimitExceededException)
        {
            return false;
        }
    }
}
