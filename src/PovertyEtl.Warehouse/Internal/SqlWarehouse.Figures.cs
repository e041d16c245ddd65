using PovertyEtl.Ingestion.Figures;
using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// The mart figures (<see cref="IMartFigures"/>): the BI contract's views, read for the run summary page and the <c>ingest</c> printout.
/// Units are named as people name them, with their type word (<c>Thị xã Duyên Hải</c>, <c>Tỉnh Vĩnh Long</c>): the views' display names.
/// </summary>
internal abstract partial class SqlWarehouse
{
    public async Task<IReadOnlyList<DistrictYearFigures>> DistrictYearsAsync(IReadOnlyCollection<string> provinceCodes, IReadOnlyCollection<int> years,
        decimal threshold, CancellationToken cancellation)
    {
        if (provinceCodes.Count == 0 || years.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var sql = "SELECT d.year, d.district_code, coalesce(d.district_display_name, d.district_name) AS district_name, d.communes, d.poor_rate_pct, " +
                  "(SELECT count(*) FROM mart.poverty_commune_year c WHERE c.year = d.year AND c.district_code = d.district_code " +
                  $"AND c.poor_rate_pct < {p["threshold"]}) AS communes_under " +
                  $"FROM mart.poverty_district_year d WHERE {p.In("d.year", "years")} AND {p.In("d.province_code", "provinces")} " +
                  "ORDER BY d.district_code, d.year";
        return [.. (await session.RowsAsync(sql, new { threshold, years = years.ToArray(), provinces = provinceCodes.ToArray() }, cancellation))
            .Select(r => new DistrictYearFigures(r.Int("year"), r.Text("district_code"), r.Text("district_name"), r.Long("communes"),
                r.NullableDecimal("poor_rate_pct"), r.Long("communes_under")))];
    }

    public async Task<IReadOnlyList<CommuneYearFigures>> CommuneYearsAsync(string provinceCode, IReadOnlyCollection<int> years, CancellationToken cancellation)
    {
        if (years.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var sql = "SELECT year, commune_code, coalesce(commune_display_name, commune_name) AS commune_name, poor_rate_pct, load_id FROM mart.poverty_commune_year " +
                  $"WHERE {p.In("year", "years")} AND province_code = {p["province"]} ORDER BY commune_code, year";
        return [.. (await session.RowsAsync(sql, new { years = years.ToArray(), province = provinceCode }, cancellation))
            .Select(r => new CommuneYearFigures(r.Int("year"), r.Text("commune_code"), r.Text("commune_name"), r.NullableDecimal("poor_rate_pct"),
                r.Long("load_id")))];
    }

    public async Task<IReadOnlyList<ProvinceYearFigures>> ProvinceYearsAsync(IReadOnlyCollection<int> years, decimal threshold, CancellationToken cancellation)
    {
        if (years.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var sql = "SELECT s.year, s.province_code, coalesce(s.province_display_name, s.province_name) AS province_name, s.communes_reporting, s.communes_expected, s.poor_rate_pct, " +
                  "(SELECT count(*) FROM mart.poverty_commune_year c WHERE c.year = s.year AND c.province_code = s.province_code " +
                  $"AND c.poor_rate_pct < {p["threshold"]}) AS communes_under " +
                  $"FROM mart.poverty_province_series s WHERE {p.In("s.year", "years")} ORDER BY s.province_code, s.year";
        return [.. (await session.RowsAsync(sql, new { threshold, years = years.ToArray() }, cancellation))
            .Select(r => new ProvinceYearFigures(r.Int("year"), r.Text("province_code"), r.Text("province_name"), r.Long("communes_reporting"),
                r.Long("communes_expected"), r.NullableDecimal("poor_rate_pct"), r.Long("communes_under")))];
    }

    public async Task<IReadOnlyList<DistrictYearRow>> DistrictRowsAsync(IReadOnlyCollection<UnitYear> districtYears, CancellationToken cancellation)
    {
        if (districtYears.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // Units and years as two lists, then the exact pairs kept here: a list of pairs is no parameter either engine takes.
        var sql = "SELECT year, coalesce(province_display_name, province_name) AS province_name, district_code, " +
                  "coalesce(district_display_name, district_name) AS district_name, communes, total_households, poor_end, poor_rate_pct, near_poor_end, " +
                  $"near_poor_rate_pct FROM mart.poverty_district_year WHERE {p.In("district_code", "units")} AND {p.In("year", "years")} " +
                  "ORDER BY year, district_code";
        var wanted = districtYears.ToHashSet();
        return [.. (await session.RowsAsync(sql, UnitsAndYears(districtYears), cancellation))
            .Select(r => new DistrictYearRow(r.Int("year"), r.Text("province_name"), r.Text("district_code"), r.Text("district_name"), r.Long("communes"),
                r.NullableLong("total_households"), r.NullableLong("poor_end"), r.NullableDecimal("poor_rate_pct"), r.NullableLong("near_poor_end"),
                r.NullableDecimal("near_poor_rate_pct")))
            .Where(row => wanted.Contains(new UnitYear(row.DistrictCode, row.Year)))];
    }

    public async Task<IReadOnlyList<ProvinceSeriesRow>> ProvinceSeriesRowsAsync(IReadOnlyCollection<UnitYear> provinceYears, CancellationToken cancellation)
    {
        if (provinceYears.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var sql = "SELECT year, province_code, coalesce(province_display_name, province_name) AS province_name, communes_reporting, communes_expected, total_households, poor_end, poor_rate_pct, " +
                  $"near_poor_end, near_poor_rate_pct FROM mart.poverty_province_series WHERE {p.In("province_code", "units")} AND {p.In("year", "years")} " +
                  "ORDER BY year, province_code";
        var wanted = provinceYears.ToHashSet();
        return [.. (await session.RowsAsync(sql, UnitsAndYears(provinceYears), cancellation))
            .Select(r => new ProvinceSeriesRow(r.Int("year"), r.Text("province_code"), r.Text("province_name"), r.Long("communes_reporting"),
                r.Long("communes_expected"), r.NullableLong("total_households"), r.NullableLong("poor_end"), r.NullableDecimal("poor_rate_pct"),
                r.NullableLong("near_poor_end"), r.NullableDecimal("near_poor_rate_pct")))
            .Where(row => wanted.Contains(new UnitYear(row.ProvinceCode, row.Year)))];
    }

    private static object UnitsAndYears(IReadOnlyCollection<UnitYear> keys) => new
    {
        units = keys.Select(k => k.UnitCode).Distinct().ToArray(),
        years = keys.Select(k => k.Year).Distinct().ToArray(),
    };
}
