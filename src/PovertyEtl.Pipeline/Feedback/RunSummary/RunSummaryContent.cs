using PovertyEtl.Pipeline.Ingestion;

namespace PovertyEtl.Pipeline.Feedback.RunSummary;

/// <summary>
/// Everything a run summary page shows: the run's report, the mart figures for the years it
/// loaded, the files its loads superseded, and how to name a district.
/// </summary>
internal sealed record RunSummaryContent(
    RunReport Report,
    IReadOnlyList<DistrictYearFigures> Figures,
    IReadOnlyDictionary<long, string> SupersededFiles,
    Func<string?, string> DistrictName,
    decimal Threshold,
    DateTimeOffset WrittenAt)
{
    /// <summary>The district-years this run loaded, emphasised in the charts.</summary>
    public bool LoadedNow(DistrictYearFigures figures) =>
        Report.Files.Any(f => f.Status == Ingestion.History.LoadStatus.Loaded && f.DistrictCode == figures.DistrictCode && f.Year == figures.Year);
}
