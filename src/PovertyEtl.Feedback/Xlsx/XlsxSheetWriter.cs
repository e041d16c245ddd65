using System.Globalization;
using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// Writes one worksheet part straight into its zip entry, a row at a time: nothing of the sheet
/// is kept but its merged ranges, which the format puts after the cells. Rows come in
/// increasing order; a row with no cells is simply not written (a blank row). Disposing
/// closes the sheet.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private readonly Stream _entry;
    private readonly XmlWriter _xml;
    private readonly XlsxSharedStrings? _sharedStrings;
    private readonly List<(int FirstColumn, int FirstRow, int LastColumn, int LastRow)> _merges = [];
    private readonly char[] _buffer = new char[32];
    private int _lastRow;

    public bool IsClosed { get; private set; }

    internal XlsxSheetWriter(Stream entry, XmlWriterSettings settings, XlsxSharedStrings? sharedStrings, IReadOnlyList<double> columnWidths)
    {
        _entry = entry;
        _xml = XmlWriter.Create(entry, settings);
        _sharedStrings = sharedStrings;
        _xml.WriteStartDocument(standalone: true);
        _xml.WriteStartElement("worksheet", XlsxNamespaces.Main);
        if (columnWidths.Count > 0) WriteColumnWidths(columnWidths);
        _xml.WriteStartElement("sheetData");
    }

    /// <summary>Writes the row's cells in column order and clears the buffer for the next row.</summary>
    public void Write(int rowNumber, XlsxRow row)
    {
        if (rowNumber <= _lastRow) throw new InvalidOperationException($"row {rowNumber} comes after row {_lastRow}: rows are written in order");
        if (rowNumber > 1_048_576) throw new InvalidOperationException($"row {rowNumber} is beyond Excel's last row");
        _lastRow = rowNumber;
        if (row.LastColumn == 0) return;
        _xml.WriteStartElement("row");
        WriteInteger("r", rowNumber);
        for (var column = 1; column <= row.LastColumn; column++)
        {
            var cell = row[column];
            if (!cell.IsEmpty) WriteCell(column, rowNumber, cell);
        }
        _xml.WriteEndElement();
        row.Clear();
    }

    /// <summary>Merges a range; its value and look are those of its top-left cell. Excel repairs a file whose merged ranges overlap, so they may not.</summary>
    public void Merge(int firstColumn, int firstRow, int lastColumn, int lastRow)
    {
        if (lastColumn < firstColumn || lastRow < firstRow || (lastColumn == firstColumn && lastRow == firstRow))
            throw new ArgumentException($"not a range of two or more cells: {Reference(firstColumn, firstRow)}:{Reference(lastColumn, lastRow)}");
        if (_merges.Any(m => m.FirstColumn <= lastColumn && firstColumn <= m.LastColumn && m.FirstRow <= lastRow && firstRow <= m.LastRow))
            throw new ArgumentException($"{Reference(firstColumn, firstRow)}:{Reference(lastColumn, lastRow)} overlaps a merged range");
        _merges.Add((firstColumn, firstRow, lastColumn, lastRow));
    }

    private void WriteCell(int column, int rowNumber, XlsxCell cell)
    {
        _xml.WriteStartElement("c");
        _xml.WriteStartAttribute("r");
        _xml.WriteChars(_buffer, 0, FormatReference(column, rowNumber));
        _xml.WriteEndAttribute();
        if (cell.Style != XlsxStyle.Default) WriteInteger("s", (int)cell.Style);
        switch (cell.Kind)
        {
            case XlsxCellKind.Text when _sharedStrings is not null:
                _xml.WriteAttributeString("t", "s");
                _xml.WriteStartElement("v");
                WriteInteger(_sharedStrings.IndexOf(cell.Text!));
                _xml.WriteEndElement();
                break;
            case XlsxCellKind.Text:
                _xml.WriteAttributeString("t", "inlineStr");
                _xml.WriteStartElement("is");
                XlsxText.WriteT(_xml, cell.Text!);
                _xml.WriteEndElement();
                break;
            case XlsxCellKind.Number:
                WriteValue(cell.Number);
                break;
            case XlsxCellKind.Boolean:
                _xml.WriteAttributeString("t", "b");
                WriteValue(cell.Number);
                break;
            case XlsxCellKind.Formula:
                _xml.WriteElementString("f", cell.Text!);
                WriteValue(cell.Number);
                break;
        }
        _xml.WriteEndElement();
    }

    private void WriteValue(double number)
    {
        if (!double.IsFinite(number)) throw new ArgumentException($"a cell cannot hold {number}");
        _xml.WriteStartElement("v");
        // Shortest round-trip form, invariant: what Excel itself writes.
        number.TryFormat(_buffer, out var length, "R", CultureInfo.InvariantCulture);
        _xml.WriteChars(_buffer, 0, length);
        _xml.WriteEndElement();
    }

    private void WriteInteger(string attribute, int value)
    {
        _xml.WriteStartAttribute(attribute);
        WriteInteger(value);
        _xml.WriteEndAttribute();
    }

    private void WriteInteger(int value)
    {
        value.TryFormat(_buffer, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_buffer, 0, length);
    }

    /// <summary>Writes <c>AB12</c> into the buffer without allocating; returns its length.</summary>
    private int FormatReference(int column, int row)
    {
        Span<char> letters = stackalloc char[3];
        var count = 0;
        for (var n = column; n > 0; n = (n - 1) / 26) letters[count++] = (char)('A' + (n - 1) % 26);
        for (var i = 0; i < count; i++) _buffer[i] = letters[count - 1 - i];
        row.TryFormat(_buffer.AsSpan(count), out var digits, default, CultureInfo.InvariantCulture);
        return count + digits;
    }

    private string Reference(int column, int row) => new(_buffer, 0, FormatReference(column, row));

    private void WriteColumnWidths(IReadOnlyList<double> widths)
    {
        _xml.WriteStartElement("cols");
        for (var i = 0; i < widths.Count; i++)
        {
            _xml.WriteStartElement("col");
            WriteInteger("min", i + 1);
            WriteInteger("max", i + 1);
            _xml.WriteAttributeString("width", widths[i].ToString("0.##", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    public void Dispose()
    {
        if (IsClosed) return;
        IsClosed = true;
        _xml.WriteEndElement(); // sheetData
        if (_merges.Count > 0)
        {
            _xml.WriteStartElement("mergeCells");
            _xml.WriteAttributeString("count", _merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (firstColumn, firstRow, lastColumn, lastRow) in _merges)
            {
                _xml.WriteStartElement("mergeCell");
                _xml.WriteAttributeString("ref", Reference(firstColumn, firstRow) + ":" + Reference(lastColumn, lastRow));
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
        _xml.Dispose();
        _entry.Dispose();
    }
}
