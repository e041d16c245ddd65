namespace PovertyEtl.Feedback.Xlsx;

/// <summary>The OOXML (transitional) namespaces and content types the writer uses.</summary>
internal static class XlsxNamespaces
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string OfficeDocumentRelation = Relationships + "/officeDocument";
    public const string WorksheetRelation = Relationships + "/worksheet";
    public const string StylesRelation = Relationships + "/styles";
    public const string SharedStringsRelation = Relationships + "/sharedStrings";

    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string SharedStringsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    public const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";
}
