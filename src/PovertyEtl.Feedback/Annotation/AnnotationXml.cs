using System.Text;
using System.Xml;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// Reading and writing settings for the parts of the annotated copy, and the shallow copy of
/// one node from reader to writer that the streamed rewrite is made of.
/// </summary>
internal static class AnnotationXml
{
    public const string VmlNamespace = "urn:schemas-microsoft-com:vml";
    public const string OfficeNamespace = "urn:schemas-microsoft-com:office:office";
    public const string ExcelNamespace = "urn:schemas-microsoft-com:office:excel";
    public const string CommentsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    public const string VmlType = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    public static readonly XmlReaderSettings Reader = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,
    };

    public static readonly XmlWriterSettings Writer = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // A line break inside an attribute (a validation prompt) must survive: written as &#xA;.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = true,
    };

    /// <summary>Copies the node the reader is on, without its children: an element's start tag and attributes, text, an end tag.</summary>
    public static void CopyNode(XmlReader reader, XmlWriter writer, string? skipAttribute = null)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        if (reader.LocalName != skipAttribute || reader.Prefix.Length > 0)
                            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }
                if (reader.IsEmptyElement) writer.WriteEndElement();
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
        }
    }
}
