using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>The <c>&lt;t&gt;</c> element of a string item, shared by the string table and inline strings.</summary>
internal static class XlsxText
{
    public static void WriteT(XmlWriter xml, string text)
    {
        xml.WriteStartElement("t");
        // Without it, Excel trims spaces at either end of the text.
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        xml.WriteEndElement();
    }
}
