namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// An open workbook whatever its container (.xlsx/.xlsm package, legacy .xls): its sheets, and
/// the stored cells of each streamed as <see cref="SheetRow"/>s, so the readers of the report
/// never see which kind of file it was.
/// </summary>
public interface IWorkbook : IDisposable
{
    IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The rows of a sheet, streamed in order; each call reads the sheet anew.</summary>
    IEnumerable<SheetRow> ReadRows(WorkbookSheet sheet);
}
