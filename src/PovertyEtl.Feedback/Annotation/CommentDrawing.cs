using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The VML drawing that makes Excel show a sheet's comments: one note shape per comment, kept
/// hidden until the cell is pointed at. Excel's own VML is not always well-formed XML, so a
/// drawing the sheet already had is extended as text, before its closing tag; each added element
/// declares its own namespaces, as other producers may declare them nowhere else.
/// </summary>
internal static partial class CommentDrawing
{
    private const string Namespaces =
        " xmlns:v=\"" + AnnotationXml.VmlNamespace + "\" xmlns:o=\"" + AnnotationXml.OfficeNamespace + "\" xmlns:x=\"" + AnnotationXml.ExcelNamespace + "\"";

    private const string NoteShapeType =
        "<v:shapetype" + Namespaces + " id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
        + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";

    /// <summary>A new drawing for the notes at <paramref name="cells"/>; <paramref name="block"/> keeps shape ids apart from other drawings.</summary>
    public static string New(IEnumerable<(int Row, int Column, int Lines)> cells, int block)
    {
        var vml = new StringBuilder();
        vml.Append("<xml").Append(Namespaces).Append('>');
        vml.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").Append(Text(block)).Append("\"/></o:shapelayout>");
        vml.Append(NoteShapeType);
        AppendShapes(vml, cells, block * 1024 + 1);
        return vml.Append("</xml>").ToString();
    }

    /// <summary>The sheet's drawing with the notes at <paramref name="cells"/> added.</summary>
    public static string Extend(string existing, IEnumerable<(int Row, int Column, int Lines)> cells)
    {
        var end = existing.LastIndexOf("</xml>", StringComparison.OrdinalIgnoreCase);
        if (end < 0) return existing;
        var next = ShapeId().Matches(existing).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(1024).Max() + 1;
        var added = new StringBuilder();
        if (!existing.Contains("\"_x0000_t202\"", StringComparison.Ordinal)) added.Append(NoteShapeType);
        AppendShapes(added, cells, next);
        return existing.Insert(end, added.ToString());
    }

    private static void AppendShapes(StringBuilder vml, IEnumerable<(int Row, int Column, int Lines)> cells, int firstId)
    {
        var id = firstId;
        foreach (var (row, column, lines) in cells)
        {
            // The note sits to the right of its cell, four columns wide and as tall as its text.
            var anchor = string.Join(", ", column, 15, Math.Max(0, row - 2), 2, column + 4, 15, Math.Max(0, row - 2) + Math.Clamp(lines + 1, 3, 24), 4);
            vml.Append("<v:shape").Append(Namespaces).Append(" id=\"_x0000_s").Append(Text(id++)).Append("\" type=\"#_x0000_t202\" style=\"position:absolute;")
                .Append("margin-left:60pt;margin-top:2pt;width:300pt;height:90pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                .Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
                .Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>")
                .Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>").Append(anchor).Append("</x:Anchor>")
                .Append("<x:AutoFill>False</x:AutoFill><x:Row>").Append(Text(row - 1)).Append("</x:Row><x:Column>").Append(Text(column - 1))
                .Append("</x:Column></x:ClientData></v:shape>");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"_x0000_s(\d+)")]
    private static partial Regex ShapeId();
}
