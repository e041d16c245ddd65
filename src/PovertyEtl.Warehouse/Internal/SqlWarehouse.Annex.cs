using PovertyEtl.Domain.Reference;
using PovertyEtl.Ingestion.Figures;
using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>The annex figures (<see cref="IAnnexFigures"/>): a province's year from <c>mart.poverty_commune_year</c>, by district or by commune.</summary>
internal abstract partial class SqlWarehouse
{
    public async Task<ProvinceAnnexFigures> ProvinceAnnexAsync(string provinceCode, int year, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // Up to 2024 a province's annex is by district, from 2025 (no districts) by commune.
        var (code, name) = year >= AdministrativeEra.FirstPostReformYear
            ? ("commune_code", "commune_display_name")
            : ("district_code", "district_display_name");
        var where = $"WHERE province_code = {p["province"]} AND year = {p["year"]}";
        var args = new { province = provinceCode, year };
        // A count is the unit's only when every commune of it reported it: a partial sum would pass for the whole.
        var lines = await session.RowsAsync(
            $"SELECT {code} AS unit_code, {name} AS unit_name, max(province_display_name) AS province_name, count(*) AS communes, " +
            "sum(total_households) AS total_households, sum(poor_end) AS poor_end, sum(near_poor_end) AS near_poor_end, " +
            "CASE WHEN count(poor_no_labour_end) = count(*) THEN sum(poor_no_labour_end) END AS poor_no_labour_end, " +
            "CASE WHEN count(near_poor_no_labour_end) = count(*) THEN sum(near_poor_no_labour_end) END AS near_poor_no_labour_end, " +
            "CASE WHEN count(poor_ethnic_minority_end) = count(*) THEN sum(poor_ethnic_minority_end) END AS poor_ethnic_minority_end " +
            $"FROM mart.poverty_commune_year {where} GROUP BY {code}, {name} ORDER BY {code}", args, cancellation);
        var sources = await session.RowsAsync(
            "SELECT l.load_id, l.file_name, l.finished_at FROM etl.file_load l " +
            $"WHERE l.load_id IN (SELECT DISTINCT load_id FROM mart.poverty_commune_year {where}) ORDER BY l.load_id", args, cancellation);
        return new ProvinceAnnexFigures(provinceCode, lines.Select(r => r.NullableText("province_name")).FirstOrDefault(), year,
            [.. lines.Select(r => new AnnexLine(r.Text("unit_code"), r.Text("unit_name"), r.Long("communes"), r.Long("total_households"),
                r.Long("poor_end"), r.Long("near_poor_end"), r.NullableLong("poor_no_labour_end"), r.NullableLong("near_poor_no_labour_end"),
                r.NullableLong("poor_ethnic_minority_end")))],
            [.. sources.Select(r => new AnnexSource(r.Long("load_id"), r.Text("file_name"), r.NullableTime("finished_at")))]);
    }
}
