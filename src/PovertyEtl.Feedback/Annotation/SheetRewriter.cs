using PovertyEtl.Domain.Limits;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// Streams one worksheet part of the original into the copy, node by node, so a sheet of
/// 300,000 rows costs the memory of one row. Only three things change: the rows with marks
/// (see <see cref="MarkedRow"/>), the sheet's selection on opening (the findings sheet is the
/// one selected), and a <c>legacyDrawing</c> pointing to the comments' drawing when the sheet
/// gets comments and had none.
/// </summary>
internal sealed class SheetRewriter(SheetMarks? marks, AnnotationStyles styles, string? newDrawingId)
{
    /// <summary>The parts that follow <c>legacyDrawing</c> in a worksheet, by the schema's order.</summary>
    private static readonly HashSet<string> AfterLegacyDrawing =
        ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

    private (int First, int Last)? _span;
    private string _partName = string.Empty;

    /// <summary>The relationship id of the sheet's own <c>legacyDrawing</c>, found while rewriting: the comments go into that drawing.</summary>
    public string? ExistingDrawingId { get; private set; }

    /// <summary>Copies the sheet; nested deeper than <see cref="Domain.Limits.ReadLimits.XmlDepth"/>, it stops (no copy), as the reader does.</summary>
    public void Rewrite(Stream input, string partName, Stream output)
    {
        _partName = partName;
        using var reader = XmlReader.Create(input, AnnotationXml.Reader);
        using var writer = XmlWriter.Create(output, AnnotationXml.Writer);
        writer.WriteStartDocument(standalone: true);
        var drawingPlaced = newDrawingId is null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            XlsxXml.CheckDepth(reader, _partName);
            var topLevel = reader.Depth == 1 && reader.NodeType == XmlNodeType.Element;
            if (topLevel && reader.LocalName == "sheetData")
            {
                CopyRows(reader, writer);
                continue;
            }
            if (topLevel && reader.LocalName == "legacyDrawing")
            {
                ExistingDrawingId = Reading.Workbook.XlsxXml.RelationshipId(reader);
                drawingPlaced = true;
            }
            if (!drawingPlaced && (topLevel && AfterLegacyDrawing.Contains(reader.LocalName) || reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
            {
                writer.WriteStartElement("legacyDrawing", reader.NamespaceURI);
                writer.WriteAttributeString("r", "id", Xlsx.XlsxNamespaces.Relationships, newDrawingId);
                writer.WriteEndElement();
                drawingPlaced = true;
            }
            if (topLevel && reader.LocalName == "dimension") _span = SpanOf(reader.GetAttribute("ref"));
            AnnotationXml.CopyNode(reader, writer, reader.LocalName == "sheetView" ? "tabSelected" : null);
            reader.Read();
        }
    }

    /// <summary>Copies <c>sheetData</c>, the rows without marks verbatim, and leaves the reader after its end.</summary>
    private void CopyRows(XmlReader reader, XmlWriter writer)
    {
        var ns = reader.NamespaceURI;
        var pending = new Queue<RowMarks>(marks?.Rows.Values ?? []);
        var empty = reader.IsEmptyElement;
        writer.WriteStartElement(reader.Prefix, reader.LocalName, ns);
        writer.WriteAttributes(reader, defattr: true);
        var depth = reader.Depth;
        reader.Read();
        var previous = 0;
        while (!empty && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            XlsxXml.CheckDepth(reader, _partName);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                AnnotationXml.CopyNode(reader, writer);
                reader.Read();
                continue;
            }
            var stated = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
            var number = stated ?? previous + 1;
            previous = number;
            while (pending.TryPeek(out var before) && before.Number < number)
                MarkedRow.Mark(new XElement(XName.Get("row", ns)), pending.Dequeue(), _span, styles).WriteTo(writer);
            if (pending.TryPeek(out var here) && here.Number == number)
                MarkedRow.Mark((XElement)XNode.ReadFrom(reader), pending.Dequeue(), _span, styles).WriteTo(writer);
            else if (stated is null)
            {
                // A row stored without its number: written with it, since a row added before it would move it.
                var row = (XElement)XNode.ReadFrom(reader);
                row.SetAttributeValue("r", number);
                row.WriteTo(writer);
            }
            else writer.WriteNode(reader, defattr: true);
        }
        foreach (var rest in pending) MarkedRow.Mark(new XElement(XName.Get("row", ns)), rest, _span, styles).WriteTo(writer);
        writer.WriteFullEndElement();
        if (!empty) reader.Read();
    }

    private static (int, int)? SpanOf(string? reference)
    {
        var parts = (reference ?? string.Empty).Split(':');
        return parts.Length == 2 && CellAddress.TryParse(parts[0], out var first, out _) && CellAddress.TryParse(parts[1], out var last, out _) && last >= first
            ? (first, last) : null;
    }
}
