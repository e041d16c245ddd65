using System.Globalization;
using System.Text;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// Streams the <c>sheetData</c> of one worksheet part into <see cref="SheetRow"/>s. A cell
/// without an <c>r</c> reference follows the one before it, as the standard allows.
/// </summary>
internal static class SheetRowReader
{
    public static IEnumerable<SheetRow> Read(Stream part, IReadOnlyList<string> sharedStrings, CellFormats formats, bool date1904)
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
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(xml.LocalName, sheetData)) yield break;
            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, row)) continue;
            var rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previousRow + 1;
            previousRow = rowNumber;
            var cells = new List<RawCell>();
            if (!xml.IsEmptyElement)
            {
                var rowDepth = xml.Depth;
                var previousColumn = 0;
                while (xml.Read() && xml.Depth > rowDepth)
                {
                    if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, c)) continue;
                    var column = CellAddress.TryParse(xml.GetAttribute("r"), out var col, out _) ? col : previousColumn + 1;
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
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, v)) { value = xml.ReadElementContentAsString(); continue; }
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, f)) { formula = xml.ReadElementContentAsString(); continue; }
                            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, inline)) { inlineText = XlsxXml.ReadStringItem(xml, text); xml.Read(); continue; }
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
        string.IsNullOrEmpty(text)
            ? new RawCell(column, CellKind.Empty, 0, null, NumberFormatKind.General)
            : new RawCell(column, CellKind.Text, 0, text, NumberFormatKind.General);
}
