using System.IO.Compression;
using System.Xml;

namespace PovertyEtl.Pipeline.Reading.Workbook;

/// <summary>
/// An open .xlsx/.xlsm package, read by streaming each sheet's XML straight out of the zip:
/// memory stays flat whatever the number of rows. Parts are found through the package's
/// relationships, as any producer (Excel, LibreOffice, generators) may name them differently.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    private readonly Stream _stream;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly CellFormats _formats;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly bool _date1904;

    private XlsxWorkbook(Stream stream, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, IReadOnlyList<WorkbookSheet> sheets,
        CellFormats formats, IReadOnlyList<string> sharedStrings, bool date1904)
    {
        _stream = stream;
        _zip = zip;
        _entries = entries;
        Sheets = sheets;
        _formats = formats;
        _sharedStrings = sharedStrings;
        _date1904 = date1904;
    }

    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>
    /// Opens the package and owns the stream from then on; throws <see cref="InvalidDataException"/>
    /// when it is a zip but not a workbook (the stream is then left open for the caller).
    /// </summary>
    internal static XlsxWorkbook Open(Stream stream)
    {
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        try
        {
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries) entries.TryAdd(entry.FullName.TrimStart('/'), entry);
            var workbookPath = FindWorkbookPart(entries)
                ?? throw new InvalidDataException("the package has no workbook part (xl/workbook.xml)");
            var relationships = ReadRelationships(entries, workbookPath);
            var (sheets, date1904) = ReadSheetList(entries, workbookPath, relationships);
            var formats = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)) is { } styles
                && entries.TryGetValue(styles.Target, out var stylesEntry)
                ? CellFormats.Load(stylesEntry.Open()) : CellFormats.None;
            var strings = relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)) is { } shared
                && entries.TryGetValue(shared.Target, out var sharedEntry)
                ? SharedStringTable.Load(sharedEntry.Open()) : [];
            return new XlsxWorkbook(stream, zip, entries, sheets, formats, strings, date1904);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The rows of a sheet, streamed in order.</summary>
    public IEnumerable<SheetRow> ReadRows(WorkbookSheet sheet)
    {
        if (!_entries.TryGetValue(sheet.PartPath, out var entry))
            throw new InvalidDataException($"sheet '{sheet.Name}' points to a missing part {sheet.PartPath}");
        return SheetRowReader.Read(entry.Open(), _sharedStrings, _formats, _date1904);
    }

    public void Dispose()
    {
        _zip.Dispose();
        _stream.Dispose();
    }

    private sealed record Relationship(string Type, string Target);

    private static string? FindWorkbookPart(Dictionary<string, ZipArchiveEntry> entries)
    {
        if (entries.TryGetValue("_rels/.rels", out var rootRels))
        {
            foreach (var (type, target) in ReadRelationshipEntries(rootRels, baseFolder: string.Empty))
                if (type.EndsWith("/officeDocument", StringComparison.Ordinal) && entries.ContainsKey(target)) return target;
        }
        return entries.ContainsKey("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    private static Dictionary<string, Relationship> ReadRelationships(Dictionary<string, ZipArchiveEntry> entries, string partPath)
    {
        var folder = Path.GetDirectoryName(partPath)?.Replace('\\', '/') ?? string.Empty;
        var relsPath = (folder.Length > 0 ? folder + "/" : string.Empty) + "_rels/" + Path.GetFileName(partPath) + ".rels";
        var result = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        if (!entries.TryGetValue(relsPath, out var rels)) return result;
        using var xml = XmlReader.Create(rels.Open(), XlsxXml.ReaderSettings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") continue;
            var id = xml.GetAttribute("Id");
            var target = xml.GetAttribute("Target");
            if (id is null || target is null || xml.GetAttribute("TargetMode") == "External") continue;
            result[id] = new Relationship(xml.GetAttribute("Type") ?? string.Empty, ResolveTarget(folder, target));
        }
        return result;
    }

    private static IEnumerable<(string Type, string Target)> ReadRelationshipEntries(ZipArchiveEntry rels, string baseFolder)
    {
        using var xml = XmlReader.Create(rels.Open(), XlsxXml.ReaderSettings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Target") is { } target)
                yield return (xml.GetAttribute("Type") ?? string.Empty, ResolveTarget(baseFolder, target));
        }
    }

    /// <summary>Targets are relative to the part's folder, or absolute from the package root.</summary>
    private static string ResolveTarget(string folder, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment != "." && segment.Length > 0) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static (IReadOnlyList<WorkbookSheet> Sheets, bool Date1904) ReadSheetList(
        Dictionary<string, ZipArchiveEntry> entries, string workbookPath, Dictionary<string, Relationship> relationships)
    {
        var sheets = new List<WorkbookSheet>();
        var date1904 = false;
        using var xml = XmlReader.Create(entries[workbookPath].Open(), XlsxXml.ReaderSettings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "workbookPr")
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            else if (xml.LocalName == "sheet")
            {
                var name = xml.GetAttribute("name") ?? string.Empty;
                var relationId = AttributeByLocalName(xml, "id");
                var state = xml.GetAttribute("state");
                // Chart sheets and dialog sheets have no cells; only worksheets are listed.
                if (relationId is not null && relationships.TryGetValue(relationId, out var rel)
                    && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                    sheets.Add(new WorkbookSheet(name, rel.Target, state is "hidden" or "veryHidden"));
            }
        }
        return (sheets, date1904);
    }

    /// <summary>The <c>r:id</c> attribute, whatever prefix or namespace the producer gave it.</summary>
    private static string? AttributeByLocalName(XmlReader xml, string localName)
    {
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            xml.MoveToAttribute(i);
            if (xml.LocalName == localName && xml.Prefix.Length > 0)
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
