using PovertyEtl.Domain.Limits;
using System.IO.Compression;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>A relationship of a package part: its type (URI) and its target resolved to a path inside the package.</summary>
public sealed record PackageRelationship(string Id, string Type, string Target);

/// <summary>
/// The parts of an .xlsx/.xlsm zip, found through the package's relationships rather than by
/// their usual names, as any producer (Excel, LibreOffice, generators) may name them differently.
/// Shared by the reader and the annotated copy.
/// </summary>
public sealed class XlsxPackage
{
    private XlsxPackage(ZipArchive zip)
    {
        Entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) Entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        WorkbookPath = FindWorkbookPart();
    }

    public Dictionary<string, ZipArchiveEntry> Entries { get; }

    /// <summary>The workbook part (<c>xl/workbook.xml</c> by convention); null when the zip holds no workbook.</summary>
    public string? WorkbookPath { get; }

    public static XlsxPackage Of(ZipArchive zip) => new(zip);

    /// <summary>An XML part streamed, as it uncompresses within the limits of <see cref="LimitedPartStream"/>.</summary>
    public Stream Open(string path) => Open(Entries[path]);

    public static Stream Open(ZipArchiveEntry entry) =>
        new LimitedPartStream(entry.Open(), entry.FullName, entry.CompressedLength, ReadLimits.PartBytes, isXml: true);

    /// <summary>An XML part to be held whole in memory (a document model, a string): the smaller size limit holds.</summary>
    public Stream OpenWhole(string path) => OpenWhole(Entries[path]);

    public static Stream OpenWhole(ZipArchiveEntry entry) =>
        new LimitedPartStream(entry.Open(), entry.FullName, entry.CompressedLength, ReadLimits.WholePartBytes, isXml: true);

    /// <summary>Any part copied byte for byte (an image, a macro project): size and ratio hold, it need not be XML.</summary>
    public static Stream OpenCopy(ZipArchiveEntry entry) =>
        new LimitedPartStream(entry.Open(), entry.FullName, entry.CompressedLength, ReadLimits.PartBytes, isXml: false);

    /// <summary>The internal relationships of a part, by id (external links are not parts).</summary>
    public Dictionary<string, PackageRelationship> RelationshipsOf(string partPath)
    {
        var folder = FolderOf(partPath);
        var result = new Dictionary<string, PackageRelationship>(StringComparer.Ordinal);
        if (!Entries.TryGetValue(RelationshipsPathOf(partPath), out var rels)) return result;
        foreach (var relationship in ReadRelationships(rels, folder).Where(r => !r.External))
            result[relationship.Id] = new PackageRelationship(relationship.Id, relationship.Type, relationship.Target);
        return result;
    }

    /// <summary><c>xl/worksheets/sheet1.xml</c> → <c>xl/worksheets/_rels/sheet1.xml.rels</c>.</summary>
    public static string RelationshipsPathOf(string partPath)
    {
        var folder = FolderOf(partPath);
        return (folder.Length > 0 ? folder + "/" : string.Empty) + "_rels/" + Path.GetFileName(partPath) + ".rels";
    }

    public static string FolderOf(string partPath) => Path.GetDirectoryName(partPath)?.Replace('\\', '/') ?? string.Empty;

    /// <summary>Targets are relative to the part's folder, or absolute from the package root.</summary>
    public static string ResolveTarget(string folder, string target)
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

    private string? FindWorkbookPart()
    {
        if (Entries.TryGetValue("_rels/.rels", out var rootRels))
        {
            foreach (var relationship in ReadRelationships(rootRels, folder: string.Empty))
                if (relationship.Type.EndsWith("/officeDocument", StringComparison.Ordinal) && Entries.ContainsKey(relationship.Target))
                    return relationship.Target;
        }
        return Entries.ContainsKey("xl/workbook.xml") ? "xl/workbook.xml" : null;
    }

    private static IEnumerable<(string Id, string Type, string Target, bool External)> ReadRelationships(ZipArchiveEntry rels, string folder)
    {
        using var xml = XmlReader.Create(Open(rels), XlsxXml.ReaderSettings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("Target") is not { } target) continue;
            yield return (xml.GetAttribute("Id") ?? string.Empty, xml.GetAttribute("Type") ?? string.Empty,
                ResolveTarget(folder, target), xml.GetAttribute("TargetMode") == "External");
        }
    }
}
