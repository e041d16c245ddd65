using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A workbook written part by part, the way producers other than Excel and ClosedXML do:
/// strict (ISO 29500) or transitional namespaces, inline strings, cells and rows without
/// <c>r</c> references, parts under names of its own. Each sheet is its rows' cell XML.
/// </summary>
public sealed class MinimalXlsx(bool strict)
{
    private readonly List<(string Name, string Part, string[] Rows, string? State)> _sheets = [];

    public bool Date1904 { get; init; }

    private string MainNamespace => strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main" : "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private string RelationshipNamespace => strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Adds a sheet stored at <c>xl/<paramref name="part"/></c>; each row is the XML of its <c>row</c> element.</summary>
    public MinimalXlsx Sheet(string name, string part, string? state, params string[] rows)
    {
        _sheets.Add((name, part, rows, state));
        return this;
    }

    /// <summary>An inline string cell, at <paramref name="reference"/> or, without one, right after the previous cell.</summary>
    public static string Inline(string text, string? reference = null) =>
        $"<c{Ref(reference)} t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>An inline string in rich-text runs, as some producers write formatted headers.</summary>
    public static string RichText(params string[] runs) =>
        "<c t=\"inlineStr\"><is>" + string.Concat(runs.Select(r => $"<r><rPr><b/></rPr><t xml:space=\"preserve\">{SecurityElement.Escape(r)}</t></r>")) + "</is></c>";

    /// <summary>A number cell; style 1 is a date, style 2 a percentage (see <see cref="Styles"/>).</summary>
    public static string Number(double value, int style = 0, string? reference = null) =>
        $"<c{Ref(reference)}{(style > 0 ? $" s=\"{style}\"" : "")}><v>{value.ToString(CultureInfo.InvariantCulture)}</v></c>";

    public static string Row(params string[] cells) => "<row>" + string.Concat(cells) + "</row>";

    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">" + string.Concat(cells) + "</row>";

    private static string Ref(string? reference) => reference is null ? "" : $" r=\"{reference}\"";

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var officeDocument = RelationshipNamespace + "/officeDocument";
            Entry(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/book.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(_sheets.Select(s => $"<Override PartName=\"/xl/{s.Part}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + "</Types>");
            Entry(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{officeDocument}\" Target=\"/xl/book.xml\"/></Relationships>");
            Entry(zip, "xl/_rels/book.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(_sheets.Select((s, i) => $"<Relationship Id=\"s{i + 1}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"{s.Part}\"/>"))
                + $"<Relationship Id=\"st\" Type=\"{RelationshipNamespace}/styles\" Target=\"/xl/look/styles.xml\"/>"
                + "</Relationships>");
            Entry(zip, "xl/book.xml",
                $"<workbook xmlns=\"{MainNamespace}\" xmlns:rel=\"{RelationshipNamespace}\">"
                + (Date1904 ? "<workbookPr date1904=\"1\"/>" : "")
                + "<sheets>" + string.Concat(_sheets.Select((s, i) =>
                    $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" rel:id=\"s{i + 1}\"{(s.State is null ? "" : $" state=\"{s.State}\"")}/>"))
                + "</sheets></workbook>");
            Entry(zip, "xl/look/styles.xml", Styles());
            foreach (var (_, part, rows, _) in _sheets)
                Entry(zip, "xl/" + part, $"<worksheet xmlns=\"{MainNamespace}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>");
        }
        return memory.ToArray();
    }

    /// <summary>Cell formats: 0 general, 1 a date (built-in 14), 2 a percentage (built-in 10).</summary>
    private string Styles() =>
        $"<styleSheet xmlns=\"{MainNamespace}\"><cellXfs count=\"3\">"
        + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/>"
        + "</cellXfs></styleSheet>";

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }
}
