using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading;

/// <summary>
/// A district report workbook, open for reading sheet by sheet. The small sheets are read
/// whole; the household list is streamed, so whoever reads it (validation, staging) sees each
/// household once without the list being held in memory.
/// </summary>
public sealed class ReportWorkbook : IDisposable
{
    private readonly IWorkbook _workbook;
    private readonly ReferenceData _reference;
    private readonly IReadProblemSink _problems;
    private readonly Dictionary<string, WorkbookSheet> _sheets;

    private ReportWorkbook(IWorkbook workbook, ReferenceData reference, IReadProblemSink problems, Dictionary<string, WorkbookSheet> sheets)
    {
        _workbook = workbook;
        _reference = reference;
        _problems = problems;
        _sheets = sheets;
    }

    /// <summary>Opens the file, or adds the finding that says why it is not a workbook and returns null.</summary>
    public static ReportWorkbook? Open(string path, ReferenceData reference, IReadProblemSink problems)
    {
        var opening = WorkbookFile.Open(path);
        if (opening.Limit is { } limit)
        {
            problems.Report(SheetLimitGuard.ProblemOf(limit, string.Empty));
            return null;
        }
        if (opening.Workbook is null)
        {
            problems.Report(FileProblem(opening.Problem, opening.Detail, path));
            return null;
        }
        var guarded = new SheetLimitGuard(opening.Workbook, problems);
        return new ReportWorkbook(guarded, reference, problems, MapSheets(guarded, problems));
    }

    public static ReadProblem FileProblem(WorkbookFileProblem problem, string detail, string path) => problem switch
    {
        WorkbookFileProblem.Empty => ReadProblem.InSheet(ReadProblemKind.FileEmpty, string.Empty, detail),
        WorkbookFileProblem.Encrypted => ReadProblem.InSheet(ReadProblemKind.FileEncrypted, string.Empty),
        WorkbookFileProblem.LegacyXls => ReadProblem.InSheet(ReadProblemKind.FileLegacyXls, string.Empty, Path.GetFileName(path)),
        WorkbookFileProblem.NotAWorkbook => ReadProblem.InSheet(ReadProblemKind.FileNotWorkbook, string.Empty, detail),
        _ => ReadProblem.InSheet(ReadProblemKind.FileCorrupt, string.Empty, detail),
    };

    public bool HasSheet(string canonicalName) => _sheets.ContainsKey(canonicalName);

    public ReportInfo ReadInfo() =>
        _sheets.TryGetValue(ReportFormat.InfoSheet, out var sheet) ? InfoSheetReader.Read(_workbook, sheet, _problems) : new ReportInfo();

    public CommuneTable? ReadCommunes() =>
        OpenTable(ReportFormat.SummarySheet, ReportFormat.Summary) is { } table ? SummarySheetReader.Read(table, _problems) : null;

    public SupportTable? ReadSupport() =>
        OpenTable(ReportFormat.SupportSheet, ReportFormat.Support) is { } table ? SupportSheetReader.Read(table, _reference.Programs, _problems) : null;

    /// <summary>The household list to stream through once; null when the sheet is absent or its header was not found.</summary>
    /// <param name="units">The units of the report's year, for the area of a household whose own is blank.</param>
    /// <param name="indicators">The indicator columns of the review year's poverty standard, read after <c>ThongTin</c> gave the year.</param>
    public HouseholdList? OpenHouseholds(AdministrativeUnits units, IReadOnlyList<Indicator> indicators) =>
        OpenTable(ReportFormat.HouseholdSheet, ReportFormat.Households(indicators)) is { } table
            ? new HouseholdList(table.Layout, HouseholdSheetReader.Read(table, _reference, units, indicators, _problems)) : null;

    private SheetTable? OpenTable(string canonicalName, TableSpec spec)
    {
        if (!_sheets.TryGetValue(canonicalName, out var sheet)) return null;
        return SheetTable.Open(_workbook, sheet, spec, _problems);
    }

    private static Dictionary<string, WorkbookSheet> MapSheets(IWorkbook workbook, IReadProblemSink problems)
    {
        var mapped = new Dictionary<string, WorkbookSheet>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets)
        {
            var key = MatchKey.OfSheetName(sheet.Name);
            var canonical = ReportFormat.SheetNames.FirstOrDefault(n => MatchKey.OfSheetName(n) == key);
            if (canonical is null)
                problems.Report(ReadProblem.InSheet(ReadProblemKind.SheetIgnored, sheet.Name, sheet.Name));
            else if (mapped.TryGetValue(canonical, out var first))
                problems.Report(ReadProblem.InSheet(ReadProblemKind.SheetDuplicate, sheet.Name, canonical, first.Name, sheet.Name));
            else
                mapped[canonical] = sheet;
        }
        var listing = string.Join(", ", workbook.Sheets.Select(s => s.Name));
        foreach (var required in ReportFormat.SheetNames.Where(n => ReportFormat.IsRequiredSheet(n) && !mapped.ContainsKey(n)))
            problems.Report(ReadProblem.InSheet(ReadProblemKind.SheetMissing, required, required, listing.Length == 0 ? "(không có)" : listing));
        return mapped;
    }

    public void Dispose() => _workbook.Dispose();
}
