using PovertyEtl.Ingestion.Figures;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// Everything a run summary page shows: the run's report, the mart figures for the years it
/// loaded (by district before the 2025 reform, by province and commune after it), the files its
/// loads superseded, and how to name a file's reporting unit.
/// </summary>
internal sealed record RunSummaryContent(
    RunReport Report,
    IReadOnlyList<DistrictYearFigures> Figures,
    ReformFigures Reform,
    IReadOnlyDictionary<long, string> SupersededFiles,
    Func<FileOutcome, string> UnitName,
    decimal Threshold,
    DateTimeOffset WrittenAt)
{
    private IEnumerable<FileOutcome> Loaded => Report.Files.Where(f => f.Status == FileOutcomeStatus.Loaded);

    /// <summary>The district-years this run loaded, emphasised in the charts.</summary>
    public bool LoadedNow(DistrictYearFigures figures) =>
        Loaded.Any(f => f.DistrictCode == figures.DistrictCode && f.Year == figures.Year);

    /// <summary>A province-year a report of which (the province's, or a commune's of it) this run loaded.</summary>
    public bool LoadedNow(ProvinceYearFigures figures) => Reform.Loaded.Contains((figures.ProvinceCode, figures.Year));

    /// <summary>A commune-year whose figures came from a file this run loaded.</summary>
    public bool LoadedNow(CommuneYearFigures figures) => Loaded.Any(f => f.LoadId == figures.LoadId);
}
