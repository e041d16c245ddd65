using System.Globalization;
using System.Xml.Linq;
using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// One row of a sheet that has marks, held whole (a row is small): each marked cell gets its
/// format with the mark's fill, cells a mark needs but the file did not store (an empty
/// required cell, the blanks of a tinted row) are added, and every cell is given its address,
/// since an added cell would otherwise move the ones stored without one.
/// </summary>
internal static class MarkedRow
{
    /// <param name="row">The row as stored, or a new empty one.</param>
    /// <param name="span">The sheet's used columns (its <c>dimension</c>), across which a row tint runs; null when unknown.</param>
    public static XElement Mark(XElement row, RowMarks marks, (int First, int Last)? span, AnnotationStyles styles)
    {
        var ns = row.Name.Namespace;
        row.SetAttributeValue("r", marks.Number);
        // spans only hints at the row's cells for speed, and added cells may fall outside it.
        row.Attribute("spans")?.Remove();
        var cells = new SortedDictionary<int, XElement>();
        var previous = 0;
        foreach (var cell in row.Elements(ns + "c"))
        {
            var column = CellAddress.TryParse((string?)cell.Attribute("r"), out var c, out _) ? c : previous + 1;
            previous = column;
            cell.SetAttributeValue("r", CellAddress.Of(column, marks.Number));
            cells[column] = cell;
        }
        var first = span?.First ?? 1;
        var last = span?.Last ?? Math.Max(cells.Keys.LastOrDefault(), marks.Cells.Keys.LastOrDefault());
        var rowStyle = (string?)row.Attribute("customFormat") is "1" or "true" ? StyleOf(row) : 0;
        var columns = marks.RowTint is null ? marks.Cells.Keys : marks.Cells.Keys.Concat(Enumerable.Range(first, Math.Max(0, last - first + 1)));
        foreach (var column in columns.Distinct())
        {
            var mark = marks.At(column, first, last)!.Value;
            if (!cells.TryGetValue(column, out var cell))
                cells[column] = cell = new XElement(ns + "c", new XAttribute("r", CellAddress.Of(column, marks.Number)), new XAttribute("s", rowStyle));
            cell.SetAttributeValue("s", styles.Marked(StyleOf(cell), mark));
        }
        row.Elements(ns + "c").Remove();
        row.AddFirst(cells.Values);
        return row;
    }

    private static int StyleOf(XElement element) =>
        int.TryParse((string?)element.Attribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) ? style : 0;
}
