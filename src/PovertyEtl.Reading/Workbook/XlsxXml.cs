using PovertyEtl.Domain.Limits;
using System.Text;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// XML reading shared by the parts of a workbook. Elements are matched by local name only, so
/// both transitional and strict (ISO 29500) spreadsheets read the same.
/// </summary>
public static class XlsxXml
{
    public static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Reads an <c>si</c> or <c>is</c> element: its text, or the text of its runs; <c>rPh</c> (phonetic) is skipped.</summary>
    public static string ReadStringItem(XmlReader xml, StringBuilder buffer, string partName)
    {
        buffer.Clear();
        if (xml.IsEmptyElement) return string.Empty;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth && !xml.EOF)
        {
            CheckDepth(xml, partName);
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh") { Skip(xml, partName); continue; }
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t") { buffer.Append(xml.ReadElementContentAsString()); continue; }
            xml.Read();
        }
        return buffer.ToString();
    }

    /// <summary>Skips the current element as <see cref="XmlReader.Skip"/> does, but held to the depth limit on the way.</summary>
    private static void Skip(XmlReader xml, string partName)
    {
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)) CheckDepth(xml, partName);
        }
        xml.Read();
    }

    /// <summary>Stops a part nested deeper than <see cref="ReadLimits.XmlDepth"/>: no worksheet needs it, and deep nesting only costs.</summary>
    public static void CheckDepth(XmlReader xml, string partName)
    {
        if (xml.Depth > ReadLimits.XmlDepth) throw new WorkbookLimitExceededException(WorkbookLimit.XmlDepth, partName);
    }

    /// <summary>The <c>r:id</c> attribute of the current element, whatever prefix or namespace the producer gave it.</summary>
    public static string? RelationshipId(XmlReader xml)
    {
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.LocalName == "id" && xml.Prefix.Length > 0)
            {
                var value = xml.Value;
                xml.MoveToElement();
                return value;
            }
        }
        xml.MoveToElement();
        return null;
    }
}
