using System.Globalization;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// A district-year as the BI contract shows it: its poor-household rate (from
/// <c>mart.poverty_district_year</c>) and how many of its communes are under the threshold
/// (from <c>mart.poverty_commune_year</c>; a commune without households has no rate and is not
/// under it).
/// </summary>
public sealed record DistrictYearFigures(int Year, string DistrictCode, string DistrictName, long Communes, decimal? PoorRatePct, long CommunesUnderThreshold)
{
    /// <summary>Every district of <paramref name="provinceCodes"/> in the mart for <paramref name="years"/>, the whole province's picture.</summary>
    public static IReadOnlyList<DistrictYearFigures> Query(IWarehouse warehouse, IReadOnlyCollection<string> provinceCodes, IReadOnlyCollection<int> years,
        decimal threshold)
    {
        // QueryReadOnly takes no parameters: only digits and numbers are put into the text.
        if (provinceCodes.Count == 0 || years.Count == 0 || !provinceCodes.All(c => c.All(char.IsAsciiDigit))) return [];
        var sql =
            "SELECT d.year, d.district_code, d.district_name, d.communes, d.poor_rate_pct, " +
            "(SELECT count(*) FROM mart.poverty_commune_year c WHERE c.year = d.year AND c.district_code = d.district_code " +
            $"AND c.poor_rate_pct < {threshold.ToString(CultureInfo.InvariantCulture)}) AS communes_under " +
            "FROM mart.poverty_district_year d " +
            $"WHERE d.year IN ({string.Join(", ", years)}) AND d.province_code IN ({string.Join(", ", provinceCodes.Select(c => $"'{c}'"))}) " +
            "ORDER BY d.district_code, d.year";
        return [.. warehouse.QueryReadOnly(sql).Rows.Select(r => new DistrictYearFigures(
            Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!, Convert.ToInt64(r[3], CultureInfo.InvariantCulture),
            r[4] is null ? null : Convert.ToDecimal(r[4], CultureInfo.InvariantCulture), Convert.ToInt64(r[5], CultureInfo.InvariantCulture)))];
    }
}
