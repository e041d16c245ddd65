using PovertyEtl.Domain.Limits;
using PovertyEtl.Domain.Text;
using PovertyEtl.Reading.Problems;
using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Reading;

/// <summary>
/// The workbook as the report's readers see it: a sheet that goes beyond a limit of
/// <see cref="ReadLimits"/> while it streams ends there, and the limit is reported as a problem
/// of that sheet; the rest of the file is still read (one root cause, one finding).
/// </summary>
internal sealed class SheetLimitGuard(IWorkbook inner, IReadProblemSink problems) : IWorkbook
{
    public IReadOnlyList<WorkbookSheet> Sheets => inner.Sheets;

    public IEnumerable<SheetRow> ReadRows(WorkbookSheet sheet)
    {
        using var rows = inner.ReadRows(sheet).GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext()) yield break;
            }
            catch (WorkbookLimitExceededException limit)
            {
                problems.Report(ProblemOf(limit, sheet.Name));
                yield break;
            }
            yield return rows.Current;
        }
    }

    public void Dispose() => inner.Dispose();

    /// <summary>The problem that names the limit: in a sheet while it streams, or the file's (<paramref name="sheet"/> empty) on opening.</summary>
    public static ReadProblem ProblemOf(WorkbookLimitExceededException limit, string sheet)
    {
        var part = Excerpt.Of(limit.Part);
        return limit.Limit switch
        {
            WorkbookLimit.Rows => ReadProblem.InSheet(ReadProblemKind.LimitRows, sheet, sheet, Grouped(ReadLimits.Rows), Grouped(limit.At)),
            WorkbookLimit.Columns => ReadProblem.InSheet(ReadProblemKind.LimitColumns, sheet, sheet, Grouped(ReadLimits.Columns), Grouped(limit.At)),
            WorkbookLimit.PartSize => ReadProblem.InSheet(ReadProblemKind.LimitPartSize, sheet, part, Grouped(limit.Bound)),
            WorkbookLimit.CompressionRatio => ReadProblem.InSheet(ReadProblemKind.LimitCompressionRatio, sheet, part, Grouped(ReadLimits.CompressionRatio)),
            WorkbookLimit.SharedStrings => ReadProblem.InSheet(ReadProblemKind.LimitSharedStrings, sheet, Grouped(ReadLimits.SharedStrings), Grouped(ReadLimits.SharedStringCharacters)),
            WorkbookLimit.XmlDepth => ReadProblem.InSheet(ReadProblemKind.LimitXmlDepth, sheet, part, Grouped(ReadLimits.XmlDepth)),
            _ => ReadProblem.InSheet(ReadProblemKind.LimitXmlToken, sheet, part, Grouped(ReadLimits.XmlTokenBytes)),
        };
    }

    private static string Grouped(long value) => VietnameseNumbers.Grouped(value);
}
