using PovertyEtl.Domain.Limits;
using System.Globalization;
using System.Text;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// Streams the <c>sheetData</c> of one worksheet part into <see cref="SheetRow"/>s. A cell
/// without an <c>r</c> reference follows the one before it, as the standard allows. Excel's
/// own limits hold whatever the bytes (<see cref="ReadLimits"/>): at most 1,048,576 rows and
/// 16,384 columns, so one row never holds more cells than that; beyond them, or nested too
/// deep, the sheet stops with a <see cref="WorkbookLimitExceededException"/>.
/// </summary>
internal static class SheetRowReader
{
    public static IEnumerable<SheetRow> Read(Stream part, string partName, IReadOnlyList<string> sharedStrings, CellFormats formats, bool date1904)
    {
        var names = new NameTable();
        var row = names.Add("row");
        var c = names.Add("c");
        var v = names.Add("v");
        var f = names.Add("f");
        var inline = names.Add("is");
        var sheetData = names.Add("sheetData");
        var settings = XlsxXml.ReaderSettings.Clone();
        settings.NameTable = names;
        using var xml = XmlReader.Create(part, settings);
        var text = new StringBuilder();
        var previousRow = 0;
        var rowsRead = 0;
        while (xml.Read())
        {
            XlsxXml.CheckDepth(xml, partName);
            if (xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(xml.LocalName, sheetData)) yield break;
            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, row)) continue;
            var rowNumber = RowNumber(xml.GetAttribute("r"), previousRow);
            // 40 million <row r="1"/> are as many rows as 40 million rows: the count is Excel's limit too.
            if (rowNumber > ReadLimits.Rows || ++rowsRead > ReadLimits.Rows)
                throw new WorkbookLimitExceededException(WorkbookLimit.Rows, partName, rowNumber);
            previousRow = rowNumber;
            var cells = new List<RawCell>();
            if (!xml.IsEmptyElement)
            {
                var rowDepth = xml.Depth;
                var previousColumn = 0;
                var cellsRead = 0;
                while (xml.Read() && xml.Depth > rowDepth)
                {
                    XlsxXml.CheckDepth(xml, partName);
                    if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, c)) continue;
                    var column = ColumnNumber(xml.GetAttribute("r"), previousColumn);
                    if (column > ReadLimits.Columns || ++cellsRead > ReadLimits.Columns)
                        throw new WorkbookLimitExceededException(WorkbookLimit.Columns, partName, rowNumber);
                    previousColumn = column;
                    var type = xml.GetAttribute("t");
                    var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                    string? value = null;
                    string? inlineText = null;
                    string? formula = null;
                    if (!xml.IsEmptyElement)
                    {
                        var cellDepth = xml.Depth;
                        xml.Read();
                        while (xml.Depth > cellDepth && !xml.EOF)
                        {
                            XlsxXml.CheckDepth(xml, partName);
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, v)) { value = xml.ReadElementContentAsString(); continue; }
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, f)) { formula = xml.ReadElementContentAsString(); continue; }
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, inline)) { inlineText = XlsxXml.ReadStringItem(xml, text, partName); xml.Read(); continue; }
                            xml.Read();
                        }
                    }
                    var cell = ToCell(column, type, value, inlineText, formula, formats[style], sharedStrings, date1904);
                    if (cell.Kind != CellKind.Empty) cells.Add(cell);
                }
            }
            // Cells come in column order in any sane file; a generator that writes them otherwise
            // must not break the readers, which index a row by its last cell.
            if (!InColumnOrder(cells)) cells.Sort((a, b) => a.Column.CompareTo(b.Column));
            yield return new SheetRow(rowNumber, cells);
        }
    }

    /// <summary>The stated row number, else the one after the previous; a number past Excel's last row stays past it (not wrapped, not skipped).</summary>
    private static int RowNumber(string? stated, int previous)
    {
        if (stated is null) return previous + 1;
        if (int.TryParse(stated, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        return stated.Length > 0 && stated.All(char.IsAsciiDigit) ? int.MaxValue : previous + 1;
    }

    /// <summary>The stated column, else the one after the previous; letters past XFD (even too many for an int) stay past it.</summary>
    private static int ColumnNumber(string? stated, int previous)
    {
        if (stated is null) return previous + 1;
        if (CellAddress.TryParse(stated, out var column, out _)) return column;
        var value = 0;
        foreach (var ch in stated)
        {
            if (!char.IsAsciiLetter(ch)) break;
            value = value * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (value > ReadLimits.Columns) return int.MaxValue;
        }
        // Not a reference at all (no letters, no row): read as a cell without one, as before.
        return previous + 1;
    }

    private static bool InColumnOrder(List<RawCell> cells)
    {
        for (var i = 1; i < cells.Count; i++) if (cells[i].Column < cells[i - 1].Column) return false;
        return true;
    }

    private static RawCell ToCell(int column, string? type, string? value, string? inlineText, string? formula,
        NumberFormatKind format, IReadOnlyList<string> sharedStrings, bool date1904)
    {
        if (type == "inlineStr") return Text(column, inlineText ?? value);
        if (value is null)
        {
            return formula is not null
                ? new RawCell(column, CellKind.FormulaWithoutValue, 0, formula, format)
                : new RawCell(column, CellKind.Empty, 0, null, format);
        }
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? Text(column, sharedStrings[index])
                    : new RawCell(column, CellKind.Error, 0, "#SST?", format);
            case "str":
                return Text(column, value);
            case "b":
                return new RawCell(column, CellKind.Boolean, value is "1" or "true" ? 1 : 0, null, format);
            case "e":
                return new RawCell(column, CellKind.Error, 0, value, format);
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? new RawCell(column, CellKind.Number, iso.ToOADate(), null, NumberFormatKind.Date)
                    : Text(column, value);
            default:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return Text(column, value);
                if (date1904 && format == NumberFormatKind.Date) number += 1462;
                return new RawCell(column, CellKind.Number, number, null, format);
        }
    }

    private static RawCell Text(int column, string? text) =>
        string.IsNullOrEmpty(text) ? new RawCell(column, CellKind.Empty, 0, null, NumberFormatKind.General)
        : text.Length > ReadLimits.CellCharacters ? new RawCell(column, CellKind.TextOverLimit, 0, Excerpt.Of(text), NumberFormatKind.General)
        : new RawCell(column, CellKind.Text, 0, text, NumberFormatKind.General);
}
