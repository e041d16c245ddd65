using PovertyEtl.Pipeline.Reading.Layout;
using PovertyEtl.Pipeline.Reading.Sheets;
using PovertyEtl.Pipeline.Reading.Text;
using PovertyEtl.Pipeline.Reading.Workbook;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;
using PovertyEtl.Pipeline.Validation;

namespace PovertyEtl.Pipeline.Reading;

/// <summary>
/// A district report workbook, open for reading sheet by sheet. The small sheets are read
/// whole; the household list is streamed, so whoever reads it (validation, staging) sees each
/// household once without the list being held in memory.
/// </summary>
public sealed class DistrictWorkbook : IDisposable
{
    private readonly IWorkbook _workbook;
    private readonly ReferenceData _reference;
    private readonly FindingList _findings;
    private readonly Dictionary<string, WorkbookSheet> _sheets;

    private DistrictWorkbook(IWorkbook workbook, ReferenceData reference, FindingList findings, Dictionary<string, WorkbookSheet> sheets)
    {
        _workbook = workbook;
        _reference = reference;
        _findings = findings;
        _sheets = sheets;
    }

    /// <summary>Opens the file, or adds the finding that says why it is not a workbook and returns null.</summary>
    public static DistrictWorkbook? Open(string path, ReferenceData reference, FindingList findings)
    {
        var opening = WorkbookFile.Open(path);
        if (opening.Workbook is null)
        {
            findings.Add(FileProblemFinding(opening.Problem, opening.Detail, path));
            return null;
        }
        return new DistrictWorkbook(opening.Workbook, reference, findings, MapSheets(opening.Workbook, findings));
    }

    public static Finding FileProblemFinding(WorkbookFileProblem problem, string detail, string path) => problem switch
    {
        WorkbookFileProblem.Empty => RuleCatalogue.FileEmpty.InSheet(string.Empty, detail),
        WorkbookFileProblem.Encrypted => RuleCatalogue.FileEncrypted.InSheet(string.Empty),
        WorkbookFileProblem.LegacyXls => RuleCatalogue.FileLegacyXls.InSheet(string.Empty, Path.GetFileName(path)),
        WorkbookFileProblem.NotAWorkbook => RuleCatalogue.FileNotWorkbook.InSheet(string.Empty, detail),
        _ => RuleCatalogue.FileCorrupt.InSheet(string.Empty, detail),
    };

    public bool HasSheet(string canonicalName) => _sheets.ContainsKey(canonicalName);

    public ReportInfo ReadInfo() =>
        _sheets.TryGetValue(ReportFormat.InfoSheet, out var sheet) ? InfoSheetReader.Read(_workbook, sheet, _findings) : new ReportInfo();

    public CommuneTable? ReadCommunes() =>
        OpenTable(ReportFormat.SummarySheet, ReportFormat.Summary) is { } table ? SummarySheetReader.Read(table, _findings) : null;

    public SupportTable? ReadSupport() =>
        OpenTable(ReportFormat.SupportSheet, ReportFormat.Support) is { } table ? SupportSheetReader.Read(table, _reference.Programs, _findings) : null;

    /// <summary>The household list to stream through once; null when the sheet is absent or its header was not found.</summary>
    /// <param name="units">The units of the report's year, for the area of a household whose own is blank.</param>
    public HouseholdList? OpenHouseholds(AdministrativeUnits units) =>
        OpenTable(ReportFormat.HouseholdSheet, ReportFormat.Households(_reference.Indicators)) is { } table
            ? new HouseholdList(table.Layout, HouseholdSheetReader.Read(table, _reference, units, _findings)) : null;

    private SheetTable? OpenTable(string canonicalName, TableSpec spec)
    {
        if (!_sheets.TryGetValue(canonicalName, out var sheet)) return null;
        return SheetTable.Open(_workbook, sheet, spec, _findings);
    }

    private static Dictionary<string, WorkbookSheet> MapSheets(IWorkbook workbook, FindingList findings)
    {
        var mapped = new Dictionary<string, WorkbookSheet>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets)
        {
            var key = MatchKey.OfSheetName(sheet.Name);
            var canonical = ReportFormat.SheetNames.FirstOrDefault(n => MatchKey.OfSheetName(n) == key);
            if (canonical is null)
                findings.Add(RuleCatalogue.SheetIgnored.InSheet(sheet.Name, sheet.Name));
            else if (mapped.TryGetValue(canonical, out var first))
                findings.Add(RuleCatalogue.SheetDuplicate.InSheet(sheet.Name, canonical, first.Name, sheet.Name));
            else
                mapped[canonical] = sheet;
        }
        var listing = string.Join(", ", workbook.Sheets.Select(s => s.Name));
        foreach (var required in ReportFormat.SheetNames.Where(n => ReportFormat.IsRequiredSheet(n) && !mapped.ContainsKey(n)))
            findings.Add(RuleCatalogue.SheetMissing.InSheet(required, required, listing.Length == 0 ? "(không có)" : listing));
        return mapped;
    }

    public void Dispose() => _workbook.Dispose();
}
