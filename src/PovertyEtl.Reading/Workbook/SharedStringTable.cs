using System.Text;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>The workbook's shared strings (<c>xl/sharedStrings.xml</c>): rich-text runs joined, phonetic hints skipped.</summary>
internal static class SharedStringTable
{
    public static IReadOnlyList<string> Load(Stream part)
    {
        var strings = new List<string>();
        using var xml = XmlReader.Create(part, XlsxXml.ReaderSettings);
        var text = new StringBuilder();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
            strings.Add(XlsxXml.ReadStringItem(xml, text));
        }
        return strings;
    }
}
