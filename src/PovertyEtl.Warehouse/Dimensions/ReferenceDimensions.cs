using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Warehouse.Internal;

namespace PovertyEtl.Warehouse.Dimensions;

/// <summary>
/// Keeps the dimensions in step with the reference data. Geography is type 2 with a version per
/// unit and era (see <see cref="SyncGeography"/>), so facts keep the names they were loaded under
/// and a reused code never joins two places. Other dimensions only grow.
/// </summary>
internal static class ReferenceDimensions
{
    public static void Sync(SqlSession session, ReferenceData reference, DateOnly today)
    {
        SyncGeography(session, reference.Units, today);
        SyncGeography(session, reference.UnitsFromReform, today);
        SyncSuccession(session, reference.Succession);
        SyncProvinceSuccession(session, reference);
        StandardDimensions.Sync(session, reference.PovertyStandards, today.Year);
        SyncCodes(session, "dw.dim_category", "category_key", "category_code",
            reference.Categories.Terms.Select(t => (t.Code, new object?[] { t.Name, t.Code == "poor" ? "Poor" : "Near-poor" })), "name_vi, name_en");
        SyncCodes(session, "dw.dim_program", "program_key", "program_code",
            reference.Programs.Terms.Select(t => (t.Code, new object?[] { t.Name })), "program_name");
        SyncCodes(session, "dw.dim_ethnicity", "ethnicity_key", "ethnicity_code",
            reference.Ethnicities.Terms.Select(t => (t.Code, new object?[] { t.Name })), "ethnicity_name");
    }

    private sealed record Version(int Key, string Code, string Name, string Type, string? District, string? DistrictName, string Province, string ProvinceName,
        Descriptors Descriptors);

    /// <summary>
    /// What a unit is called for people (types and display names, see <see cref="UnitDisplayName"/>):
    /// derived from the unit, so a change here corrects its version in place instead of opening a
    /// new one (nothing changed on the ground; the columns came after many rows were written).
    /// </summary>
    private sealed record Descriptors(string? DistrictType, string? ProvinceType, string? ProvinceDisplayName, string? DistrictDisplayName, string? CommuneDisplayName);

    /// <summary>
    /// One era's units, each a version valid within the era (pre-reform until 30 June 2025, the new
    /// units from 1 July 2025): the same code in two eras is two rows, never one unit. Within the
    /// era in force a changed unit gets a new version from today; in an era that has ended the
    /// version is corrected in place (its reference data was fixed, nothing changed on the ground).
    /// </summary>
    private static void SyncGeography(SqlSession session, AdministrativeUnits units, DateOnly today)
    {
        var era = units.Era;
        var p = session.Dialect;
        var current = session.Rows(
                "SELECT geography_key, commune_code, commune_name, commune_type, district_code, district_name, province_code, province_name, " +
                "district_type, province_type, province_display_name, district_display_name, commune_display_name " +
                $"FROM dw.dim_geography WHERE geography_key > 0 AND valid_to = {p["to"]}", new { to = era.To })
            .Select(r => new Version(r.Int("geography_key"), r.Text("commune_code"), r.Text("commune_name"), r.Text("commune_type"),
                r.NullableText("district_code"), r.NullableText("district_name"), r.Text("province_code"), r.Text("province_name"),
                new Descriptors(r.NullableText("district_type"), r.NullableText("province_type"), r.NullableText("province_display_name"),
                    r.NullableText("district_display_name"), r.NullableText("commune_display_name"))))
            .ToDictionary(v => v.Code, StringComparer.Ordinal);
        var nextKey = (session.Scalar<int?>("SELECT max(geography_key) FROM dw.dim_geography") ?? 0) + 1;
        var inForce = era.From <= today && today <= era.To;
        var newFrom = current.Count == 0 || !inForce ? era.From : today;
        using var writer = session.Bulk("dw.dim_geography", "geography_key", "commune_code", "commune_name", "commune_type",
            "district_code", "district_name", "province_code", "province_name", "area", "valid_from", "valid_to",
            "district_type", "province_type", "province_display_name", "district_display_name", "commune_display_name");
        foreach (var province in units.Provinces)
        foreach (var commune in units.CommunesOfProvince(province.Code))
        {
            var district = commune.DistrictCode is { } code ? units.District(code) : null;
            var d = new Descriptors(district?.Type, province.Type, province.DisplayName, district?.DisplayName, commune.DisplayName);
            var wanted = new Version(0, commune.Code, commune.Name, commune.Type, district?.Code, district?.Name, province.Code, province.Name, d);
            if (current.TryGetValue(commune.Code, out var existing))
            {
                if (existing with { Key = 0 } == wanted) continue;
                if (!inForce || existing with { Key = 0, Descriptors = d } == wanted)
                {
                    session.Execute($"UPDATE dw.dim_geography SET commune_name = {p["Name"]}, commune_type = {p["Type"]}, district_code = {p["District"]}, " +
                                    $"district_name = {p["DistrictName"]}, province_code = {p["Province"]}, province_name = {p["ProvinceName"]}, " +
                                    $"district_type = {p["DistrictType"]}, province_type = {p["ProvinceType"]}, province_display_name = {p["ProvinceDisplayName"]}, " +
                                    $"district_display_name = {p["DistrictDisplayName"]}, commune_display_name = {p["CommuneDisplayName"]} WHERE geography_key = {p["key"]}",
                        new { wanted.Name, wanted.Type, wanted.District, wanted.DistrictName, wanted.Province, wanted.ProvinceName,
                            d.DistrictType, d.ProvinceType, d.ProvinceDisplayName, d.DistrictDisplayName, d.CommuneDisplayName, key = existing.Key });
                    continue;
                }
                session.Execute($"UPDATE dw.dim_geography SET valid_to = {p["to"]} WHERE geography_key = {p["key"]}", new { to = today.AddDays(-1), key = existing.Key });
            }
            writer.Row(nextKey++, commune.Code, commune.Name, commune.Type, district?.Code, district?.Name, province.Code, province.Name,
                AreaCodes.FromCommuneType(commune.Type).Code(), existing is null ? newFrom : today, era.To,
                d.DistrictType, d.ProvinceType, d.ProvinceDisplayName, d.DistrictDisplayName, d.CommuneDisplayName);
        }
        writer.Complete();
    }

    /// <summary>The old → new succession, replaced whole: it is reference data, not history.</summary>
    private static void SyncSuccession(SqlSession session, UnitSuccession succession)
    {
        session.Execute("DELETE FROM dw.commune_succession");
        using var writer = session.Bulk("dw.commune_succession", "old_commune_code", "new_commune_code", "whole", "via_commune_code",
            "via_confidence", "via_note");
        foreach (var s in succession.All) writer.Row(s.OldCode, s.NewCode, s.Whole, s.Via, s.Merger?.Confidence, s.Merger?.Note is { Length: > 0 } note ? note : null);
        writer.Complete();
    }

    /// <summary>Which of the 34 provinces each of the 63 went into (provinces merged whole).</summary>
    private static void SyncProvinceSuccession(SqlSession session, ReferenceData reference)
    {
        session.Execute("DELETE FROM dw.province_succession");
        using var writer = session.Bulk("dw.province_succession", "old_province_code", "new_province_code");
        foreach (var old in reference.Units.Provinces)
            if (reference.ProvinceAfterReform(old.Code) is { } merged) writer.Row(old.Code, merged.Code);
        writer.Complete();
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
            var p = session.Dialect;
            session.Execute($"INSERT INTO {table} ({keyColumn}, {codeColumn}, {attributeColumns}) " +
                            $"VALUES ({p["key"]}, {p["code"]}, {string.Join(", ", columns.Select((_, i) => p["a" + i]))})", args);
        }
    }
}
