using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// The figures of a province's results annex (<c>export annex</c>), read from the BI contract's
/// views: whoever writes the annex asks here and never writes SQL.
/// </summary>
public interface IAnnexFigures
{
    /// <summary>
    /// The province's lines for the year from <c>mart.poverty_commune_year</c>: one per district up
    /// to 2024, one per commune from 2025 (the units of the year's era), with the loads they came from.
    /// </summary>
    Task<ProvinceAnnexFigures> ProvinceAnnexAsync(string provinceCode, int year, CancellationToken cancellation);
}
