using System.Globalization;
using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>The fixed style sheet (<c>xl/styles.xml</c>) whose cell formats <see cref="XlsxStyle"/> names.</summary>
internal static class XlsxStyleSheet
{
    /// <summary>
    /// Fonts: regular, bold, bold 13 pt (Times New Roman, as administrative documents use).
    /// Borders: none, thin all round. The <c>cellXfs</c> follow <see cref="XlsxStyle"/>'s order.
    /// </summary>
    public static void Write(XmlWriter xml)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("styleSheet", XlsxNamespaces.Main);

        xml.WriteStartElement("numFmts");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("numFmt");
        xml.WriteAttributeString("numFmtId", Text(DateFormatId));
        xml.WriteAttributeString("formatCode", "dd/mm/yyyy");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", "3");
        Font(xml, bold: false, size: 12);
        Font(xml, bold: true, size: 12);
        Font(xml, bold: true, size: 13);
        xml.WriteEndElement();

        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", "2");
        Fill(xml, "none");
        Fill(xml, "gray125");
        xml.WriteEndElement();

        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", "2");
        Border(xml, thin: false);
        Border(xml, thin: true);
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        Xf(xml, numberFormat: 0, font: 0, border: 0, alignment: null, inCellXfs: false);
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", Text(Enum.GetValues<XlsxStyle>().Length));
        foreach (var style in Enum.GetValues<XlsxStyle>())
        {
            switch (style)
            {
                case XlsxStyle.Default: Xf(xml, 0, 0, 0, null); break;
                case XlsxStyle.Header: Xf(xml, 0, 1, 1, "center"); break;
                case XlsxStyle.Title: Xf(xml, 0, 2, 0, "center"); break;
                case XlsxStyle.Bold: Xf(xml, 0, 1, 0, null); break;
                case XlsxStyle.Percent: Xf(xml, 10, 0, 0, null); break;
                case XlsxStyle.Date: Xf(xml, DateFormatId, 0, 0, null); break;
                case XlsxStyle.Integer: Xf(xml, 3, 0, 0, null); break;
                default: throw new InvalidOperationException($"style {style} has no format");
            }
        }
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyles");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("cellStyle");
        xml.WriteAttributeString("name", "Normal");
        xml.WriteAttributeString("xfId", "0");
        xml.WriteAttributeString("builtinId", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The first id free for custom number formats.</summary>
    private const int DateFormatId = 164;

    private static void Font(XmlWriter xml, bool bold, int size)
    {
        xml.WriteStartElement("font");
        if (bold) xml.WriteElementString("b", null);
        Valued(xml, "sz", Text(size));
        Valued(xml, "name", "Times New Roman");
        Valued(xml, "family", "1");
        xml.WriteEndElement();
    }

    private static void Fill(XmlWriter xml, string pattern)
    {
        xml.WriteStartElement("fill");
        xml.WriteStartElement("patternFill");
        xml.WriteAttributeString("patternType", pattern);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Border(XmlWriter xml, bool thin)
    {
        xml.WriteStartElement("border");
        foreach (var side in new[] { "left", "right", "top", "bottom" })
        {
            xml.WriteStartElement(side);
            if (thin)
            {
                xml.WriteAttributeString("style", "thin");
                xml.WriteStartElement("color");
                xml.WriteAttributeString("auto", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteElementString("diagonal", null);
        xml.WriteEndElement();
    }

    private static void Xf(XmlWriter xml, int numberFormat, int font, int border, string? alignment, bool inCellXfs = true)
    {
        xml.WriteStartElement("xf");
        xml.WriteAttributeString("numFmtId", Text(numberFormat));
        xml.WriteAttributeString("fontId", Text(font));
        xml.WriteAttributeString("fillId", "0");
        xml.WriteAttributeString("borderId", Text(border));
        if (inCellXfs)
        {
            xml.WriteAttributeString("xfId", "0");
            if (numberFormat != 0) xml.WriteAttributeString("applyNumberFormat", "1");
            if (font != 0) xml.WriteAttributeString("applyFont", "1");
            if (border != 0) xml.WriteAttributeString("applyBorder", "1");
            if (alignment is not null) xml.WriteAttributeString("applyAlignment", "1");
        }
        if (alignment is not null)
        {
            xml.WriteStartElement("alignment");
            xml.WriteAttributeString("horizontal", alignment);
            xml.WriteAttributeString("vertical", "center");
            xml.WriteAttributeString("wrapText", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Valued(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
