using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// Writes an .xlsx package sheet by sheet, each streamed into its zip entry as it is written,
/// so a sheet of 300,000 rows costs no more memory than one of ten. One sheet is open at a
/// time. <see cref="Complete"/> then writes what can only come last: the shared strings, the
/// workbook with its sheet list, the relationships and content types.
/// </summary>
internal sealed class XlsxWorkbookWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // Line breaks inside header text stay "\n" on every platform: same input, same bytes.
        NewLineHandling = NewLineHandling.None,
        CloseOutput = false,
    };

    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _timestamp;
    private readonly XlsxSharedStrings? _sharedStrings;
    private readonly List<(string Name, bool Hidden)> _sheets = [];
    private XlsxSheetWriter? _open;
    private bool _completed;

    /// <param name="timestamp">
    /// Stamped on every zip entry instead of the clock, so the same content gives the same bytes
    /// (zip time stamps run from 1980 to 2107).
    /// </param>
    public XlsxWorkbookWriter(Stream output, XlsxTextStorage text, DateTimeOffset timestamp)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _timestamp = timestamp;
        _sharedStrings = text == XlsxTextStorage.Shared ? new XlsxSharedStrings() : null;
    }

    /// <summary>Starts the next sheet; the one before must have been disposed.</summary>
    public XlsxSheetWriter AddSheet(string name, bool hidden = false, IReadOnlyList<double>? columnWidths = null)
    {
        if (_completed) throw new InvalidOperationException("the workbook is complete");
        if (_open is { IsClosed: false }) throw new InvalidOperationException("the previous sheet is still open");
        CheckSheetName(name);
        _sheets.Add((name, hidden));
        _open = new XlsxSheetWriter(OpenEntry($"xl/worksheets/sheet{_sheets.Count}.xml"), Settings, _sharedStrings, columnWidths ?? []);
        return _open;
    }

    public void Complete()
    {
        if (_open is { IsClosed: false }) throw new InvalidOperationException("the last sheet is still open");
        if (_sheets.Count == 0 || _sheets.All(s => s.Hidden)) throw new InvalidOperationException("a workbook needs a visible sheet");
        _completed = true;
        if (_sharedStrings is not null) WritePart("xl/sharedStrings.xml", _sharedStrings.WriteTo);
        WritePart("xl/workbook.xml", xml => XlsxPackageParts.WriteWorkbook(xml, _sheets));
        WritePart("xl/_rels/workbook.xml.rels", xml => XlsxPackageParts.WriteWorkbookRelationships(xml, _sheets.Count, _sharedStrings is not null));
        WritePart("xl/styles.xml", XlsxStyleSheet.Write);
        WritePart("_rels/.rels", XlsxPackageParts.WriteRootRelationships);
        WritePart("[Content_Types].xml", xml => XlsxPackageParts.WriteContentTypes(xml, _sheets.Count, _sharedStrings is not null));
    }

    private Stream OpenEntry(string path)
    {
        // Fastest: the samples favour speed; the ratio on repetitive sheet XML stays close to Optimal's.
        var entry = _zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = _timestamp;
        return entry.Open();
    }

    private void WritePart(string path, Action<XmlWriter> write)
    {
        using var stream = OpenEntry(path);
        using var xml = XmlWriter.Create(stream, Settings);
        write(xml);
    }

    /// <summary>Excel refuses to open a workbook whose sheet names break its rules.</summary>
    private void CheckSheetName(string name)
    {
        if (name.Length is 0 or > 31 || name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
            throw new ArgumentException($"'{name}' is not a valid sheet name", nameof(name));
        if (_sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"the workbook already has a sheet named '{name}'", nameof(name));
    }

    public void Dispose() => _zip.Dispose();
}
