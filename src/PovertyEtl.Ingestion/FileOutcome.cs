using PovertyEtl.Ingestion.Files;
using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// How one file ended, built by the named factory methods below: the status of contracts.md,
/// where the file went, what was found, and how long each stage took.
/// </summary>
public sealed record FileOutcome
{
    public required string File { get; init; }
    public required FileOutcomeStatus Status { get; init; }
    public string? DistrictCode { get; init; }

    /// <summary>The district before the 2025 reform; the province or commune after it.</summary>
    public string? ReportingUnit { get; init; }
    public int? Year { get; init; }
    public long? LoadId { get; init; }
    public long? SupersededLoadId { get; init; }
    public long RowsLoaded { get; init; }
    public int Errors { get; init; }
    public int Warnings { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public string? PlacedAt { get; init; }
    public string? Fault { get; init; }
    public FileNote Note { get; init; }
    public IReadOnlyDictionary<string, TimeSpan> Stages { get; init; } = new Dictionary<string, TimeSpan>();

    public static FileOutcome Loaded(string file, ReportCheck check, long loadId, long? superseded, long rows) => new()
    {
        File = file, Status = FileOutcomeStatus.Loaded, DistrictCode = check.DistrictCode, ReportingUnit = check.ReportingUnit, Year = check.Year, LoadId = loadId,
        SupersededLoadId = superseded, RowsLoaded = rows, Errors = check.Errors, Warnings = check.Warnings, Findings = check.Findings,
    };

    /// <summary>Dry run: the file would load (nothing was written).</summary>
    public static FileOutcome WouldLoad(string file, ReportCheck check) => new()
    {
        File = file, Status = FileOutcomeStatus.WouldLoad, DistrictCode = check.DistrictCode, ReportingUnit = check.ReportingUnit, Year = check.Year, Errors = check.Errors, Warnings = check.Warnings,
        Findings = check.Findings,
    };

    public static FileOutcome Rejected(string file, ReportCheck check, long? loadId) => new()
    {
        File = file, Status = FileOutcomeStatus.Rejected, DistrictCode = check.DistrictCode, ReportingUnit = check.ReportingUnit, Year = check.Year, LoadId = loadId,
        Errors = check.Errors, Warnings = check.Warnings, Findings = check.Findings,
    };

    public static FileOutcome Duplicate(string file, string? districtCode, int? year, long? loadId) => new()
    {
        File = file, Status = FileOutcomeStatus.Duplicate, DistrictCode = districtCode, Year = year, LoadId = loadId,
    };

    public static FileOutcome Failed(string file, string fault) => new() { File = file, Status = FileOutcomeStatus.Failed, Fault = fault };

    public static FileOutcome Skipped(string file, FileNote because) => new()
    {
        File = file, Status = FileOutcomeStatus.Skipped, Note = because, Fault = NoteText.Of(because),
    };

    public static FileOutcome Placed(string file, Placement placement) =>
        new FileOutcome { File = file, Status = FileOutcomeStatus.Placed, Note = FileNote.PlacedFromEarlierRun }.With(placement);

    /// <summary>Where the file went; a file that could not be moved keeps its status, with the reason told beside it.</summary>
    public FileOutcome With(Placement placement) => this with
    {
        PlacedAt = placement.PlacedAt,
        Note = placement.Note == FileNote.None ? Note : placement.Note,
        Fault = placement.Fault is null ? Fault : $"{NoteText.Of(placement.Note)}{placement.Fault}",
    };
}
