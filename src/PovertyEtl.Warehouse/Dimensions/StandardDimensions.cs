using PovertyEtl.Domain.Reference;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.Dimensions;

/// <summary>
/// The poverty standards, their indicators and the year → standard link, kept equal to the
/// reference data. A household's deprivation mask is read with its year's standard, so these
/// rows are corrected in place when the data is (Decree 351's indicator list is provisional):
/// an indicator keeps its key per (standard, code); one the data no longer lists gets bit -1,
/// which no view unpacks.
/// </summary>
internal static class StandardDimensions
{
    public static void Sync(SqlSession session, IReadOnlyList<PovertyStandard> standards, int currentYear)
    {
        SyncStandards(session, standards);
        SyncIndicators(session, standards);
        SyncYears(session, standards, currentYear);
        HouseholdAggregates.RefreshDimensionsWhenStale(session);
    }

    private static void SyncStandards(SqlSession session, IReadOnlyList<PovertyStandard> standards)
    {
        var p = session.Dialect;
        var known = session.Query<string>("SELECT standard_code FROM dw.dim_standard").ToHashSet(StringComparer.Ordinal);
        foreach (var s in standards)
        {
            var args = new { code = s.Code, name = s.Name, from = s.FromYear, to = s.ToYear, provisional = s.Provisional };
            session.Execute(known.Contains(s.Code)
                ? $"UPDATE dw.dim_standard SET standard_name = {p["name"]}, from_year = {p["from"]}, to_year = {p["to"]}, provisional = {p["provisional"]} " +
                  $"WHERE standard_code = {p["code"]}"
                : "INSERT INTO dw.dim_standard (standard_code, standard_name, from_year, to_year, provisional) " +
                  $"VALUES ({p["code"]}, {p["name"]}, {p["from"]}, {p["to"]}, {p["provisional"]})", args);
        }
    }

    private static void SyncIndicators(SqlSession session, IReadOnlyList<PovertyStandard> standards)
    {
        var p = session.Dialect;
        var known = session.Rows("SELECT indicator_key, standard_code, indicator_code FROM dw.dim_indicator WHERE indicator_key > 0")
            .ToDictionary(r => (r.Text("standard_code"), r.Text("indicator_code")), r => r.Int("indicator_key"));
        var nextKey = (known.Count == 0 ? 0 : known.Values.Max()) + 1;
        var listed = new HashSet<int>();
        foreach (var i in standards.SelectMany(s => s.Indicators))
        {
            var exists = known.TryGetValue((i.StandardCode, i.Code), out var key);
            if (!exists) key = nextKey++;
            listed.Add(key);
            var args = new
            {
                key = (short)key, standard = i.StandardCode, code = i.Code, bit = (short)i.Index, dimension = i.DimensionCode,
                dimensionName = i.DimensionName, dimensionNameEn = i.DimensionNameEn, name = i.Name, nameEn = i.NameEn,
            };
            session.Execute(exists
                ? $"UPDATE dw.dim_indicator SET bit = {p["bit"]}, dimension_code = {p["dimension"]}, dimension_name = {p["dimensionName"]}, " +
                  $"dimension_name_en = {p["dimensionNameEn"]}, indicator_name = {p["name"]}, indicator_name_en = {p["nameEn"]} WHERE indicator_key = {p["key"]}"
                : "INSERT INTO dw.dim_indicator (indicator_key, standard_code, indicator_code, bit, dimension_code, dimension_name, dimension_name_en, " +
                  "indicator_name, indicator_name_en) " +
                  $"VALUES ({p["key"]}, {p["standard"]}, {p["code"]}, {p["bit"]}, {p["dimension"]}, {p["dimensionName"]}, {p["dimensionNameEn"]}, " +
                  $"{p["name"]}, {p["nameEn"]})", args);
        }
        foreach (var dropped in known.Values.Where(k => !listed.Contains(k)))
            session.Execute($"UPDATE dw.dim_indicator SET bit = -1 WHERE indicator_key = {p["key"]}", new { key = (short)dropped });
    }

    /// <summary>Every year from 2010 to five years ahead, each with its standard (or none) as the data says today.</summary>
    private static void SyncYears(SqlSession session, IReadOnlyList<PovertyStandard> standards, int currentYear)
    {
        var p = session.Dialect;
        var known = session.Rows("SELECT year_key, standard_code FROM dw.dim_year")
            .ToDictionary(r => r.Int("year_key"), r => r.NullableText("standard_code"));
        for (var year = 2010; year <= Math.Max(2035, currentYear + 5); year++)
        {
            var standard = standards.FirstOrDefault(s => s.Covers(year));
            var args = new
            {
                year, code = standard?.Code, period = standard is null ? null : $"{standard.FromYear}-{standard.ToYear}",
                rural = standard?.RuralIncomeLineVnd, urban = standard?.UrbanIncomeLineVnd,
            };
            if (!known.TryGetValue(year, out var code))
                session.Execute("INSERT INTO dw.dim_year (year_key, year, standard_period, rural_income_line_vnd, urban_income_line_vnd, standard_code) " +
                                $"VALUES ({p["year"]}, {p["year"]}, {p["period"]}, {p["rural"]}, {p["urban"]}, {p["code"]})", args);
            else if (code != standard?.Code)
                session.Execute($"UPDATE dw.dim_year SET standard_period = {p["period"]}, rural_income_line_vnd = {p["rural"]}, " +
                                $"urban_income_line_vnd = {p["urban"]}, standard_code = {p["code"]} WHERE year_key = {p["year"]}", args);
        }
    }
}
