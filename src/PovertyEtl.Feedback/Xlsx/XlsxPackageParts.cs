using System.Globalization;
using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>The small parts of the package around the sheets: workbook (sheet list), relationships, content types.</summary>
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
