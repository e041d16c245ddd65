using System.Globalization;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// A province-year after the 2025 reform as the BI contract shows it: its poor-household rate and
/// how many of its communes have figures (from <c>mart.poverty_province_series</c>), and how many
/// of those are under the threshold (from <c>mart.poverty_commune_year</c>; a commune without
/// households has no rate and is not under it).
/// </summary>
public sealed record ProvinceYearFigures(int Year, string ProvinceCode, string ProvinceName, long CommunesReporting, long CommunesExpected,
    decimal? PoorRatePct, long CommunesUnderThreshold)
{
    /// <summary>Not every commune of the province has figures: its rate is that of those that have.</summary>
    public bool Partial => CommunesReporting < CommunesExpected;

    /// <summary>Every province in the mart for <paramref name="years"/> (from 2025), the whole country's picture as far as it is loaded.</summary>
    public static IReadOnlyList<ProvinceYearFigures> Query(IWarehouse warehouse, IReadOnlyCollection<int> years, decimal threshold)
    {
        if (years.Count == 0) return [];
        // QueryReadOnly takes no parameters: only numbers are put into the text.
        var sql =
            "SELECT p.year, p.province_code, p.province_name, p.communes_reporting, p.communes_expected, p.poor_rate_pct, " +
            "(SELECT count(*) FROM mart.poverty_commune_year c WHERE c.year = p.year AND c.province_code = p.province_code " +
            $"AND c.poor_rate_pct < {threshold.ToString(CultureInfo.InvariantCulture)}) AS communes_under " +
            $"FROM mart.poverty_province_series p WHERE p.year IN ({string.Join(", ", years)}) ORDER BY p.province_code, p.year";
        return [.. warehouse.QueryReadOnly(sql).Rows.Select(r => new ProvinceYearFigures(
            Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!,
            Convert.ToInt64(r[3], CultureInfo.InvariantCulture), Convert.ToInt64(r[4], CultureInfo.InvariantCulture),
            r[5] is null ? null : Convert.ToDecimal(r[5], CultureInfo.InvariantCulture), Convert.ToInt64(r[6], CultureInfo.InvariantCulture)))];
    }
}
