using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// Which cell styles show numbers as percentages or dates (<c>xl/styles.xml</c>): a percent cell
/// holding 0.8571 means 85.71 %, a date cell holds a serial day number.
/// </summary>
internal sealed class CellFormats
{
    private readonly NumberFormatKind[] _byStyle;

    private CellFormats(NumberFormatKind[] byStyle) => _byStyle = byStyle;

    public static readonly CellFormats None = new([]);

    public NumberFormatKind this[int styleIndex] =>
        styleIndex >= 0 && styleIndex < _byStyle.Length ? _byStyle[styleIndex] : NumberFormatKind.General;

    public static CellFormats Load(Stream part)
    {
        var customFormats = new Dictionary<int, string>();
        var styles = new List<NumberFormatKind>();
        using var xml = XmlReader.Create(part, XlsxXml.ReaderSettings);
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), out var id):
                    customFormats[id] = xml.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var formatId = int.TryParse(xml.GetAttribute("numFmtId"), out var f) ? f : 0;
                    styles.Add(Classify(formatId, customFormats));
                    break;
            }
        }
        return new CellFormats([.. styles]);
    }

    private static NumberFormatKind Classify(int formatId, Dictionary<int, string> customFormats)
    {
        if (customFormats.TryGetValue(formatId, out var code)) return ClassifyCode(code);
        return formatId switch
        {
            9 or 10 => NumberFormatKind.Percent,
            >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58 => NumberFormatKind.Date,
            _ => NumberFormatKind.General,
        };
    }

    /// <summary>Reads a format code outside its quoted text, escapes and [brackets] (colours, locales).</summary>
    internal static NumberFormatKind ClassifyCode(string code)
    {
        var section = code.Split(';')[0];
        var inQuotes = false;
        var inBrackets = false;
        var hasDatePart = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') { inQuotes = !inQuotes; continue; }
            if (inQuotes) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[') { inBrackets = true; continue; }
            if (c == ']') { inBrackets = false; continue; }
            if (inBrackets) continue;
            if (c == '%') return NumberFormatKind.Percent;
            if (c is 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S') hasDatePart = true;
        }
        return hasDatePart ? NumberFormatKind.Date : NumberFormatKind.General;
    }
}
