using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// A commune code is read with the report's year. Across the 2025 reform codes were reused for
/// new, larger units, so a code of the other era, or a reused code written under its old name,
/// is named for what it meant then and what it means now: two places are never mixed under one code.
/// </summary>
internal static class CommuneEraRules
{
    /// <summary>A code the era does not know: perhaps one of the other era, said as such; else unknown.</summary>
    public static Finding UnknownInEra(SourceCell at, string code, ReportScope scope, ReferenceData reference)
    {
        var year = scope.Year ?? AdministrativeEra.FirstPostReformYear;
        if (scope.PostReform && reference.Units.Commune(code) is { } old)
        {
            var successors = reference.Succession.SuccessorsOf(code)
                .Select(s => reference.UnitsFromReform.Commune(s.NewCode)).OfType<Commune>().Select(Describe).Distinct().ToList();
            var now = successors.Count > 0 ? string.Join(" và ", successors) : "một đơn vị mới mà nguồn dữ liệu không nêu";
            return RuleCatalogue.CommuneCodeBeforeReform.At(at, code, code, Describe(old, reference.Units), now, year);
        }
        if (!scope.PostReform && reference.UnitsFromReform.Commune(code) is { } current)
        {
            var predecessors = reference.Succession.PredecessorsOf(code)
                .Select(s => reference.Units.Commune(s.OldCode)).OfType<Commune>().Select(c => Describe(c, reference.Units)).ToList();
            return RuleCatalogue.CommuneCodeAfterReform.At(at, code, code, Describe(current), scope.Year ?? AdministrativeEra.FirstPostReformYear - 1,
                predecessors.Count > 0 ? string.Join(", ", predecessors) : "không rõ");
        }
        return RuleCatalogue.CommuneUnknown.At(at, code, code);
    }

    /// <summary>A commune outside the report: another district (before the reform), another province or the single commune named (after).</summary>
    public static Finding? OutsideScope(SourceCell at, Commune commune, ReportScope scope)
    {
        var units = scope.Units;
        if (scope.District is { } district && commune.DistrictCode != district.Code && units.District(commune.DistrictCode!) is { } actual)
            return RuleCatalogue.CommuneNotInDistrict.At(at, commune.Code, commune.DisplayName, commune.Code, actual.DisplayName, actual.Code, $"{district.DisplayName} (mã {district.Code})");
        if (scope.PostReform && scope.Province is { } province && commune.ProvinceCode != province.Code)
        {
            var other = units.Province(commune.ProvinceCode)!;
            return RuleCatalogue.CommuneNotInProvince.At(at, commune.Code, commune.DisplayName, commune.Code, other.DisplayName, other.Code, province.Code);
        }
        if (scope.Commune is { } only && commune.Code != only.Code)
            return RuleCatalogue.CommuneOutsideReport.At(at, commune.Code, only.Code, commune.Code);
        return null;
    }

    /// <summary>In a post-reform report, a reused code under the name its pre-reform unit had.</summary>
    public static Finding? NameOfOldUnit(SourceCell at, string written, Commune current, ReportScope scope, ReferenceData reference)
    {
        if (!scope.PostReform || reference.Units.Commune(current.Code) is not { } old || !ReportInfoRules.SameUnitName(written, old.Name)) return null;
        var formedOf = reference.Succession.PredecessorsOf(current.Code)
            .Select(s => reference.Units.Commune(s.OldCode)).OfType<Commune>().Select(c => c.DisplayName).Distinct().ToList();
        return RuleCatalogue.CommuneCodeReused.At(at, written, current.Code, Describe(current), string.Join(", ", formedOf), written);
    }

    /// <summary><c>Phường Trà Vinh (29242)</c>.</summary>
    private static string Describe(Commune c) => $"{c.DisplayName} ({c.Code})";

    /// <summary><c>Phường 3 (29242), Thành phố Trà Vinh, Tỉnh Trà Vinh</c>.</summary>
    private static string Describe(Commune c, AdministrativeUnits units)
    {
        var district = c.DistrictCode is { } code ? units.District(code)?.DisplayName : null;
        var province = units.Province(c.ProvinceCode)?.DisplayName;
        return Describe(c) + (district is null ? "" : $", {district}") + (province is null ? "" : $", {province}");
    }
}
