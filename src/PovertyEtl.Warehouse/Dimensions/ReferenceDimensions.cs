using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.Dimensions;

/// <summary>
/// Keeps the dimensions in step with the reference data. Geography is type 2: a unit whose
/// name, type or parent changed gets a new version (new surrogate key, valid from today) and the
/// old one is closed, so facts keep the names they were loaded under. Other dimensions only grow.
/// </summary>
internal static class ReferenceDimensions
{
    private static readonly DateOnly Beginning = new(1900, 1, 1);
    public static readonly DateOnly Open = new(9999, 12, 31);

    public static void Sync(SqlSession session, ReferenceData reference, DateOnly today)
    {
        SyncGeography(session, reference.Units, today);
        SyncYears(session, reference.PovertyStandards, today.Year);
        SyncCodes(session, "dw.dim_category", "category_key", "category_code",
            reference.Categories.Terms.Select(t => (t.Code, new object?[] { t.Name, t.Code == "poor" ? "Poor" : "Near-poor" })), "name_vi, name_en");
        SyncCodes(session, "dw.dim_indicator", "indicator_key", "indicator_code",
            reference.Indicators.Select(i => (i.Code, new object?[] { (short)i.Index, i.DimensionCode, i.DimensionName, i.DimensionNameEn, i.Name })),
            "bit, dimension_code, dimension_name, dimension_name_en, indicator_name");
        SyncCodes(session, "dw.dim_program", "program_key", "program_code",
            reference.Programs.Terms.Select(t => (t.Code, new object?[] { t.Name })), "program_name");
        SyncCodes(session, "dw.dim_ethnicity", "ethnicity_key", "ethnicity_code",
            reference.Ethnicities.Terms.Select(t => (t.Code, new object?[] { t.Name })), "ethnicity_name");
    }

    private sealed record Version(int Key, string Code, string Name, string Type, string? District, string? DistrictName, string Province, string ProvinceName);

    private static void SyncGeography(SqlSession session, AdministrativeUnits units, DateOnly today)
    {
        var current = session.Rows(
                "SELECT geography_key, commune_code, commune_name, commune_type, district_code, district_name, province_code, province_name " +
                "FROM dw.dim_geography WHERE geography_key > 0 AND valid_to = @open", new { open = Open })
                        .Select(r => new Version(r.Int("geography_key"), r.Text("commune_code"), r.Text("commune_name"), r.Text("commune_type"),
                r.NullableText("district_code"), r.NullableText("district_name"), r.Text("province_code"), r.Text("province_name")))
            .ToDictionary(v => v.Code, StringComparer.Ordinal);
        var nextKey = (session.Scalar<int?>("SELECT max(geography_key) FROM dw.dim_geography") ?? 0) + 1;
        var firstSync = current.Count == 0;
        using var writer = session.Bulk("dw.dim_geography", "geography_key", "commune_code", "commune_name", "commune_type",
            "district_code", "district_name", "province_code", "province_name", "area", "valid_from", "valid_to");
        foreach (var province in units.Provinces)
        foreach (var district in units.DistrictsOf(province.Code))
        foreach (var commune in units.CommunesOf(district.Code))
        {
            var wanted = new Version(0, commune.Code, commune.Name, commune.Type, district.Code, district.Name, province.Code, province.Name);
            if (current.TryGetValue(commune.Code, out var existing))
            {
                if (existing with { Key = 0 } == wanted) continue;
                session.Execute("UPDATE dw.dim_geography SET valid_to = @to WHERE geography_key = @key",
                    new { to = today.AddDays(-1), key = existing.Key });
            }
            writer.Row(nextKey++, commune.Code, commune.Name, commune.Type, district.Code, district.Name, province.Code, province.Name,
                AreaCodes.FromCommuneType(commune.Type).Code(), firstSync || existing is null ? Beginning : today, Open);
        }
        writer.Complete();
    }

    private static void SyncYears(SqlSession session, IReadOnlyList<PovertyStandard> standards, int currentYear)
    {
        var known = session.Query<int>("SELECT year_key FROM dw.dim_year").ToHashSet();
        for (var year = 2010; year <= Math.Max(2035, currentYear + 5); year++)
        {
            if (known.Contains(year)) continue;
            var standard = standards.FirstOrDefault(s => s.Covers(year));
            session.Execute("INSERT INTO dw.dim_year (year_key, year, standard_period, rural_income_line_vnd, urban_income_line_vnd) VALUES (@year, @year, @period, @rural, @urban)",
                new { year, period = standard is null ? null : $"{standard.FromYear}-{standard.ToYear}", rural = standard?.RuralIncomeLineVnd, urban = standard?.UrbanIncomeLineVnd });
        }
    }

    /// <summary>Adds the codes a small dimension lacks, each with the next key; existing rows keep their keys.</summary>
    private static void SyncCodes(SqlSession session, string table, string keyColumn, string codeColumn,
        IEnumerable<(string Code, object?[] Attributes)> wanted, string attributeColumns)
    {
        var known = session.Query<string>($"SELECT {codeColumn} FROM {table}").ToHashSet(StringComparer.Ordinal);
        var nextKey = (short)((session.Scalar<short?>($"SELECT max({keyColumn}) FROM {table}") ?? 0) + 1);
        var columns = attributeColumns.Split(',', StringSplitOptions.TrimEntries);
        foreach (var (code, attributes) in wanted)
        {
            if (known.Contains(code)) continue;
            var args = new Dapper.DynamicParameters();
            args.Add("key", nextKey++);
            args.Add("code", code);
            for (var i = 0; i < columns.Length; i++) args.Add("a" + i, attributes[i]);
            session.Execute($"INSERT INTO {table} ({keyColumn}, {codeColumn}, {attributeColumns}) VALUES (@key, @code, {string.Join(", ", columns.Select((_, i) => "@a" + i))})", args);
        }
    }
}
