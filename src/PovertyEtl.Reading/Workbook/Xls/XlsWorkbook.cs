using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace PovertyEtl.Reading.Workbook.Xls;

/// <summary>
/// A legacy Excel 97-2003 workbook (BIFF8 in an OLE2 compound file), read with ExcelDataReader
/// into the same rows as an .xlsx: formulas by their cached result, dates and percentages told
/// by the cell's number format. The format caps a sheet at 65,536 rows; each sheet is read
/// through a reader of its own, so no enumeration disturbs another.
/// </summary>
internal sealed class XlsWorkbook : IWorkbook
{
    static XlsWorkbook() =>
        // ExcelDataReader decodes BIFF text through code pages that .NET only has with this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly string _path;
    private readonly XlsErrorCells _errors;

    private XlsWorkbook(string path, IReadOnlyList<WorkbookSheet> sheets, XlsErrorCells errors)
    {
        _path = path;
        Sheets = sheets;
        _errors = errors;
    }

    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The workbook, or why it cannot be read: a password, or a file ExcelDataReader does not understand.</summary>
    public static (XlsWorkbook? Workbook, WorkbookFileProblem Problem, string Detail) Open(string path)
    {
        try
        {
            using var reader = CreateReader(path);
            var sheets = new List<WorkbookSheet>();
            do sheets.Add(new WorkbookSheet(sheets.Count, reader.Name, reader.VisibleState is "hidden" or "veryhidden"));
            while (reader.NextResult());
            return (new XlsWorkbook(path, sheets, XlsErrorCells.Scan(path, sheets)), WorkbookFileProblem.None, string.Empty);
        }
        catch (InvalidPasswordException)
        {
            return (null, WorkbookFileProblem.Encrypted, "sổ Excel 97-2003 có mật khẩu");
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return (null, WorkbookFileProblem.LegacyXls, "sổ Excel 97-2003 không đọc được: " + e.Message);
        }
    }

    public IEnumerable<SheetRow> ReadRows(WorkbookSheet sheet)
    {
        using var reader = Translated(() => CreateReader(_path));
        for (var i = 0; i < sheet.Index; i++) Translated(reader.NextResult);
        var errors = _errors.Of(sheet.Index);
        while (Translated(reader.Read))
        {
            var row = reader.Depth + 1;
            var cells = new List<RawCell>();
            for (var column = 1; column <= reader.FieldCount; column++)
            {
                var cell = XlsCell.Of(column, reader.GetValue(column - 1), reader.GetNumberFormatString(column - 1),
                    errors.GetValueOrDefault((row, column)));
                if (cell.Kind != CellKind.Empty) cells.Add(cell);
            }
            // Like an .xlsx, which stores no element for an empty row.
            if (cells.Count > 0) yield return new SheetRow(row, cells);
        }
    }

    public void Dispose()
    {
        // Every reader is closed when its enumeration ends; nothing stays open between reads.
    }

    private static IExcelDataReader CreateReader(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = false });
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// ExcelDataReader parses untrusted bytes and throws whatever its parser hits on a damaged
    /// file; those are a bad file, not our fault. An I/O fault of the disk is neither of them.
    /// </summary>
    private static bool IsUnreadable(Exception e) => e is ExcelReaderException or EndOfStreamException or NotSupportedException
        or InvalidOperationException or IndexOutOfRangeException or ArgumentException or OverflowException or InvalidCastException;

    /// <summary>A file that went bad halfway through a sheet is reported as corrupt, like a damaged .xlsx part.</summary>
    private static T Translated<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IsUnreadable(e) && e is not EndOfStreamException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
