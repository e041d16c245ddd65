using System.Globalization;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>A commune-year as <c>mart.poverty_commune_year</c> has it: its poor-household rate, and the load its figures came from.</summary>
public sealed record CommuneYearFigures(int Year, string CommuneCode, string CommuneName, decimal? PoorRatePct, long LoadId)
{
    /// <summary>Every commune of <paramref name="provinceCode"/> in the mart for <paramref name="years"/>, in code order.</summary>
    public static IReadOnlyList<CommuneYearFigures> Query(IWarehouse warehouse, string provinceCode, IReadOnlyCollection<int> years)
    {
        // QueryReadOnly takes no parameters: only digits and numbers are put into the text.
        if (years.Count == 0 || !provinceCode.All(char.IsAsciiDigit)) return [];
        var sql = "SELECT year, commune_code, commune_name, poor_rate_pct, load_id FROM mart.poverty_commune_year " +
                  $"WHERE year IN ({string.Join(", ", years)}) AND province_code = '{provinceCode}' ORDER BY commune_code, year";
        return [.. warehouse.QueryReadOnly(sql).Rows.Select(r => new CommuneYearFigures(
            Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!,
            r[3] is null ? null : Convert.ToDecimal(r[3], CultureInfo.InvariantCulture), Convert.ToInt64(r[4], CultureInfo.InvariantCulture)))];
    }
}
