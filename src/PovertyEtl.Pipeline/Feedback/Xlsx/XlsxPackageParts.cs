using System.Globalization;
using System.Xml;

namespace PovertyEtl.Pipeline.Feedback.Xlsx;

/// <summary>
/// The small parts of the package around the sheets: workbook (sheet list), relationships,
/// content types and the fixed style sheet whose cell formats <see cref="XlsxStyle"/> names.
/// </summary>
internal static class XlsxPackageParts
{
    public static void WriteWorkbook(XmlWriter xml, IReadOnlyList<(string Name, bool Hidden)> sheets)
    {
        var firstVisible = sheets.Select((s, i) => (s, i)).First(x => !x.s.Hidden).i;
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("workbook", XlsxNamespaces.Main);
        xml.WriteAttributeString("xmlns", "r", null, XlsxNamespaces.Relationships);
        xml.WriteStartElement("bookViews");
        xml.WriteStartElement("workbookView");
        // A hidden sheet cannot be the one shown on opening.
        xml.WriteAttributeString("firstSheet", Text(firstVisible));
        xml.WriteAttributeString("activeTab", Text(firstVisible));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets");
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", sheets[i].Name);
            xml.WriteAttributeString("sheetId", Text(i + 1));
            if (sheets[i].Hidden) xml.WriteAttributeString("state", "hidden");
            xml.WriteAttributeString("id", XlsxNamespaces.Relationships, SheetRelation(i));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static void WriteWorkbookRelationships(XmlWriter xml, int sheetCount, bool sharedStrings)
    {
        StartRelationships(xml);
        for (var i = 0; i < sheetCount; i++)
            Relationship(xml, SheetRelation(i), XlsxNamespaces.WorksheetRelation, $"worksheets/sheet{i + 1}.xml");
        Relationship(xml, "rIdStyles", XlsxNamespaces.StylesRelation, "styles.xml");
        if (sharedStrings) Relationship(xml, "rIdStrings", XlsxNamespaces.SharedStringsRelation, "sharedStrings.xml");
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static void WriteRootRelationships(XmlWriter xml)
    {
        StartRelationships(xml);
        Relationship(xml, "rId1", XlsxNamespaces.OfficeDocumentRelation, "xl/workbook.xml");
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public static void WriteContentTypes(XmlWriter xml, int sheetCount, bool sharedStrings)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Types", XlsxNamespaces.ContentTypes);
        Default(xml, "rels", XlsxNamespaces.RelationshipsType);
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", XlsxNamespaces.WorkbookType);
        for (var i = 0; i < sheetCount; i++) Override(xml, $"/xl/worksheets/sheet{i + 1}.xml", XlsxNamespaces.WorksheetType);
        Override(xml, "/xl/styles.xml", XlsxNamespaces.StylesType);
        if (sharedStrings) Override(xml, "/xl/sharedStrings.xml", XlsxNamespaces.SharedStringsType);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>
    /// Fonts: regular, bold, bold 13 pt (Times New Roman, as administrative documents use).
    /// Borders: none, thin all round. The <c>cellXfs</c> follow <see cref="XlsxStyle"/>'s order.
    /// </summary>
    public static void WriteStyles(XmlWriter xml)
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

    private static void StartRelationships(XmlWriter xml)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Relationships", XlsxNamespaces.PackageRelationships);
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static string SheetRelation(int index) => "rId" + Text(index + 1);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
