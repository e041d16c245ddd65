using PovertyEtl.Domain.Limits;
using System.Text;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// The workbook's shared strings (<c>xl/sharedStrings.xml</c>): rich-text runs joined, phonetic
/// hints skipped. The table is held in memory, so its count and characters are capped
/// (<see cref="ReadLimits.SharedStrings"/>, <see cref="ReadLimits.SharedStringCharacters"/>).
/// </summary>
internal static class SharedStringTable
{
    public static IReadOnlyList<string> Load(Stream part, string partName)
    {
        var strings = new List<string>();
        long characters = 0;
        using var xml = XmlReader.Create(part, XlsxXml.ReaderSettings);
        var text = new StringBuilder();
        while (xml.Read())
        {
            XlsxXml.CheckDepth(xml, partName);
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
            var item = XlsxXml.ReadStringItem(xml, text, partName);
            characters += item.Length;
            if (strings.Count == ReadLimits.SharedStrings || characters > ReadLimits.SharedStringCharacters)
                throw new WorkbookLimitExceededException(WorkbookLimit.SharedStrings, partName);
            strings.Add(item);
        }
        return strings;
    }
}
