using System.Globalization;

namespace PovertyEtl.Reading.Workbook.Xls;

/// <summary>One value as ExcelDataReader gives it, turned into the <see cref="RawCell"/> an .xlsx cell would have been.</summary>
internal static class XlsCell
{
    public static RawCell Of(int column, object? value, string? numberFormat, string? error) => value switch
    {
        // ExcelDataReader 3.6 gives an error value as an empty cell; the scan of the BIFF records knows better.
        null when error is not null => new RawCell(column, CellKind.Error, 0, error, NumberFormatKind.General),
        null => new RawCell(column, CellKind.Empty, 0, null, NumberFormatKind.General),
        string text when text.Length == 0 => new RawCell(column, CellKind.Empty, 0, null, NumberFormatKind.General),
        string text => new RawCell(column, CellKind.Text, 0, text, NumberFormatKind.General),
        bool flag => new RawCell(column, CellKind.Boolean, flag ? 1 : 0, null, NumberFormatKind.General),
        // ExcelDataReader has already turned a date-formatted number into a date (1904 workbooks included).
        DateTime date => new RawCell(column, CellKind.Number, date.ToOADate(), null, NumberFormatKind.Date),
        TimeSpan time => new RawCell(column, CellKind.Number, time.TotalDays, null, NumberFormatKind.Date),
        IConvertible number and not char => new RawCell(column, CellKind.Number, number.ToDouble(CultureInfo.InvariantCulture), null,
            CellFormats.ClassifyCode(numberFormat ?? string.Empty)),
        _ => new RawCell(column, CellKind.Text, 0, Convert.ToString(value, CultureInfo.InvariantCulture), NumberFormatKind.General),
    };
}
