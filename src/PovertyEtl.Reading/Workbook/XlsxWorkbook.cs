using System.IO.Compression;
using System.Xml;

namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// An open .xlsx/.xlsm package, read by streaming each sheet's XML straight out of the zip:
/// memory stays flat whatever the number of rows.
/// </summary>
public sealed class XlsxWorkbook : IWorkbook
{
    private readonly Stream _stream;
    private readonly ZipArchive _zip;
    private readonly XlsxPackage _package;
    private readonly IReadOnlyList<string> _partPaths;
    private readonly CellFormats _formats;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly bool _date1904;

    private XlsxWorkbook(Stream stream, ZipArchive zip, XlsxPackage package, SheetList sheets, CellFormats formats, IReadOnlyList<string> sharedStrings)
    {
        _stream = stream;
        _zip = zip;
        _package = package;
        Sheets = sheets.Sheets;
        _partPaths = sheets.PartPaths;
        _formats = formats;
        _sharedStrings = sharedStrings;
        _date1904 = sheets.Date1904;
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
            var package = XlsxPackage.Of(zip);
            var workbookPath = package.WorkbookPath
                ?? throw new WorkbookPartMissingException("xl/workbook.xml", isWorkbookPart: true);
            var relationships = package.RelationshipsOf(workbookPath);
            var sheets = ReadSheetList(package, workbookPath, relationships);
            // The formats are held for the whole read: the style sheet is held to the size of a part held whole.
            var formats = PartOfType(package, relationships, "/styles") is { } styles ? CellFormats.Load(package.OpenWhole(styles)) : CellFormats.None;
            var strings = PartOfType(package, relationships, "/sharedStrings") is { } shared ? SharedStringTable.Load(package.Open(shared), shared) : [];
            return new XlsxWorkbook(stream, zip, package, sheets, formats, strings);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public IEnumerable<SheetRow> ReadRows(WorkbookSheet sheet)
    {
        var path = _partPaths[sheet.Index];
        if (!_package.Entries.TryGetValue(path, out var entry))
            throw new WorkbookPartMissingException(path, isWorkbookPart: false);
        return SheetRowReader.Read(XlsxPackage.Open(entry), path, _sharedStrings, _formats, _date1904);
    }

    public void Dispose()
    {
        _zip.Dispose();
        _stream.Dispose();
    }

    private static string? PartOfType(XlsxPackage package, Dictionary<string, PackageRelationship> relationships, string typeSuffix) =>
        relationships.Values.FirstOrDefault(r => r.Type.EndsWith(typeSuffix, StringComparison.Ordinal)) is { } found
        && package.Entries.ContainsKey(found.Target) ? found.Target : null;

    private sealed record SheetList(IReadOnlyList<WorkbookSheet> Sheets, IReadOnlyList<string> PartPaths, bool Date1904);

    private static SheetList ReadSheetList(XlsxPackage package, string workbookPath, Dictionary<string, PackageRelationship> relationships)
    {
        var sheets = new List<WorkbookSheet>();
        var paths = new List<string>();
        var date1904 = false;
        using var xml = XmlReader.Create(package.Open(workbookPath), XlsxXml.ReaderSettings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "workbookPr")
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            else if (xml.LocalName == "sheet")
            {
                var name = xml.GetAttribute("name") ?? string.Empty;
                var relationId = XlsxXml.RelationshipId(xml);
                var state = xml.GetAttribute("state");
                // Chart sheets and dialog sheets have no cells; only worksheets are listed.
                if (relationId is not null && relationships.TryGetValue(relationId, out var rel)
                    && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                {
                    sheets.Add(new WorkbookSheet(sheets.Count, name, state is "hidden" or "veryHidden"));
                    paths.Add(rel.Target);
                }
            }
        }
        return new SheetList(sheets, paths, date1904);
    }
}
