using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// The BI contract's figures (<c>mart</c>) that the run summary page and the <c>ingest</c> printout
/// show, typed: whoever shows figures asks for them here and never writes SQL.
/// </summary>
public interface IMartFigures
{
    /// <summary>Every district of these provinces in <c>mart.poverty_district_year</c> for these years, with its communes under <paramref name="threshold"/>.</summary>
    Task<IReadOnlyList<DistrictYearFigures>> DistrictYearsAsync(IReadOnlyCollection<string> provinceCodes, IReadOnlyCollection<int> years,
        decimal threshold, CancellationToken cancellation);

    /// <summary>Every commune of one province in <c>mart.poverty_commune_year</c> for these years, in code order.</summary>
    Task<IReadOnlyList<CommuneYearFigures>> CommuneYearsAsync(string provinceCode, IReadOnlyCollection<int> years, CancellationToken cancellation);

    /// <summary>Every province in <c>mart.poverty_province_series</c> for these years, with its communes under <paramref name="threshold"/>.</summary>
    Task<IReadOnlyList<ProvinceYearFigures>> ProvinceYearsAsync(IReadOnlyCollection<int> years, decimal threshold, CancellationToken cancellation);

    /// <summary>The <c>mart.poverty_district_year</c> rows of these (district, year) pairs, by year then district.</summary>
    Task<IReadOnlyList<DistrictYearRow>> DistrictRowsAsync(IReadOnlyCollection<UnitYear> districtYears, CancellationToken cancellation);

    /// <summary>The <c>mart.poverty_province_series</c> rows of these (province, year) pairs, by year then province.</summary>
    Task<IReadOnlyList<ProvinceSeriesRow>> ProvinceSeriesRowsAsync(IReadOnlyCollection<UnitYear> provinceYears, CancellationToken cancellation);
}
