using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// The shared string table as the sheets fill it: each distinct text once, in order of first
/// use. It can only be written after the last sheet, since until then new strings may come.
/// </summary>
internal sealed class XlsxSharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private long _references;

    public int IndexOf(string text)
    {
        _references++;
        if (_index.TryGetValue(text, out var index)) return index;
        index = _strings.Count;
        _index.Add(text, index);
        _strings.Add(text);
        return index;
    }

    public void WriteTo(XmlWriter xml)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("sst", XlsxNamespaces.Main);
        xml.WriteAttributeString("count", _references.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("uniqueCount", _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var text in _strings)
        {
            xml.WriteStartElement("si");
            XlsxText.WriteT(xml, text);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
