using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// What the page charts of the years from 2025 the run loaded: every province's figures, the
/// province-years whose reports (a province's, or a commune's of it) the run loaded, and, when
/// those are of one province, its communes' figures: a province's own warehouse holds that one
/// province, and its communes are then the picture worth drawing.
/// </summary>
public sealed record ReformFigures(IReadOnlyList<ProvinceYearFigures> Provinces, IReadOnlySet<(string Province, int Year)> Loaded,
    IReadOnlyList<CommuneYearFigures> Communes)
{
    public static ReformFigures None { get; } = new([], new HashSet<(string, int)>(), []);
}
