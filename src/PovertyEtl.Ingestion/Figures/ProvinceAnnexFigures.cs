namespace PovertyEtl.Ingestion.Figures;

/// <summary>
/// What a province's results annex for a year shows, from the mart only: the province's display
/// name, a line per unit in code order (districts up to 2024, communes from 2025) and the loads
/// the lines came from. No lines: nothing of that province and year is loaded.
/// </summary>
public sealed record ProvinceAnnexFigures(
    string ProvinceCode,
    string? ProvinceName,
    int Year,
    IReadOnlyList<AnnexLine> Lines,
    IReadOnlyList<AnnexSource> Sources);
