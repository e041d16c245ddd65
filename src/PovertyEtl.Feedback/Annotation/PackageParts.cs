using System.Xml.Linq;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// The small parts around the sheets, edited as documents: the workbook's sheet list (the
/// findings sheet put first and shown on opening), relationships, and content types.
/// </summary>
internal static class PackageParts
{
    private static readonly XNamespace Relationships = XlsxNamespaces.PackageRelationships;
    private static readonly XNamespace ContentTypes = XlsxNamespaces.ContentTypes;

    /// <summary>
    /// Puts the findings sheet first and selected. Sheets defined names refer to by position
    /// (<c>localSheetId</c>: print areas, filters) move one place, so their numbers follow.
    /// </summary>
    public static void InsertFirstSheet(XDocument workbook, string name, string relationshipId)
    {
        var ns = workbook.Root!.Name.Namespace;
        if (workbook.Root.Element(ns + "sheets") is not { } sheets) workbook.Root.Add(sheets = new XElement(ns + "sheets"));
        var idName = sheets.Elements(ns + "sheet").Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && a.Name.Namespace != XNamespace.None)?.Name
            ?? XName.Get("id", XlsxNamespaces.Relationships);
        var nextId = sheets.Elements(ns + "sheet").Select(s => (int?)s.Attribute("sheetId") ?? 0).DefaultIfEmpty(0).Max() + 1;
        sheets.AddFirst(new XElement(ns + "sheet", new XAttribute("name", name), new XAttribute("sheetId", nextId), new XAttribute(idName, relationshipId)));
        foreach (var view in workbook.Root.Descendants(ns + "workbookView"))
        {
            view.SetAttributeValue("activeTab", 0);
            view.SetAttributeValue("firstSheet", 0);
        }
        foreach (var local in workbook.Root.Descendants(ns + "definedName").Attributes("localSheetId"))
            local.Value = ((int)local + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The relationships of a part, or an empty list for a part that had none.</summary>
    public static XDocument LoadRelationships(XlsxPackage package, string partPath) =>
        package.Entries.TryGetValue(XlsxPackage.RelationshipsPathOf(partPath), out var entry)
            ? LoadFrom(XlsxPackage.OpenWhole(entry))
            : new XDocument(new XElement(Relationships + "Relationships"));

    /// <summary>Adds a relationship to a part given by its path from the package root.</summary>
    public static void AddRelationship(XDocument relationships, string id, string type, string targetPath) =>
        relationships.Root!.Add(new XElement(Relationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type),
            new XAttribute("Target", "/" + targetPath)));

    /// <summary>Removes the relationships of a type.</summary>
    public static void RemoveRelationships(XDocument relationships, string typeSuffix) =>
        relationships.Root!.Elements(Relationships + "Relationship")
            .Where(r => ((string?)r.Attribute("Type") ?? string.Empty).EndsWith(typeSuffix, StringComparison.Ordinal)).Remove();

    /// <summary>An id no relationship of the part uses yet.</summary>
    public static string FreeId(XDocument relationships, string stem)
    {
        var used = relationships.Root!.Elements(Relationships + "Relationship").Select(r => (string?)r.Attribute("Id")).ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (used.Contains(stem + n)) n++;
        return stem + n;
    }

    public static void AddOverride(XDocument types, string partPath, string contentType)
    {
        var name = "/" + partPath;
        types.Root!.Elements(ContentTypes + "Override").Where(o => string.Equals((string?)o.Attribute("PartName"), name, StringComparison.OrdinalIgnoreCase)).Remove();
        types.Root.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", name), new XAttribute("ContentType", contentType)));
    }

    public static void AddDefault(XDocument types, string extension, string contentType)
    {
        if (types.Root!.Elements(ContentTypes + "Default").Any(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase)))
            return;
        types.Root.AddFirst(new XElement(ContentTypes + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", contentType)));
    }

    public static void RemoveOverride(XDocument types, string partPath) =>
        types.Root!.Elements(ContentTypes + "Override")
            .Where(o => string.Equals(((string?)o.Attribute("PartName"))?.TrimStart('/'), partPath, StringComparison.OrdinalIgnoreCase)).Remove();

    /// <summary>Saves without a byte-order mark or added white space, as the package's other parts are written.</summary>
    public static void Save(XDocument document, Stream output)
    {
        using var xml = System.Xml.XmlWriter.Create(output, AnnotationXml.Writer);
        document.Save(xml);
    }

    public static XDocument LoadFrom(Stream stream)
    {
        using (stream) return XDocument.Load(stream);
    }
}
