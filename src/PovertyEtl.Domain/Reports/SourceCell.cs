
namespace PovertyEtl.Domain.Reports;

/// <summary>Where a value came from, as Excel shows it: <c>TongHop!H12</c>.</summary>
public readonly record struct SourceCell(string Sheet, int Column, int Row)
{
    public string Address => CellAddress.Of(Column, Row);

    /// <summary>Excel quotes a sheet name that is not a plain word (<c>'Tổng hợp'!H12</c>).</summary>
    public override string ToString() => QuotedSheet(Sheet) + "!" + Address;

    public static string QuotedSheet(string sheet) =>
        sheet.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && sheet.Length > 0 && !char.IsAsciiDigit(sheet[0])
            ? sheet
            : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
