using PovertyEtl.Reading.Text;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// <c>ThongTin</c> against the official units of the report's year: before the 2025 reform a
/// province and one of its districts; from 2025 a province of the 34 (no district) and perhaps
/// one of its communes. Names official, year plausible. Returns what the codes resolved to.
/// </summary>
internal static class ReportInfoRules
{
    public static ReportScope Check(ReportInfo info, ReferenceData reference, int currentYear, FindingList findings)
    {
        var year = info.Year?.Value;
        // Without a year, a district code says which era the officer meant.
        var postReform = year is { } y ? y >= AdministrativeEra.FirstPostReformYear : info.DistrictCode is null;
        var units = postReform ? reference.UnitsFromReform : reference.Units;

        var province = ResolveProvince(info, units, reference, postReform, year, findings);
        var district = postReform ? RejectDistrict(info, year, findings) : ResolveDistrict(info, units, province, year, findings);
        var commune = postReform ? ResolveCommune(info, units, province, findings) : null;

        if (province is not null && info.ProvinceName is { } provinceName && !SameUnitName(provinceName.Value, province.Name))
            findings.Add(RuleCatalogue.ProvinceNameMismatch.At(provinceName.Cell, provinceName.Raw, Excerpt.Of(provinceName.Value), province.Code, province.Name));
        if (district is not null && info.DistrictName is { } districtName && !SameUnitName(districtName.Value, district.Name))
            findings.Add(RuleCatalogue.DistrictNameMismatch.At(districtName.Cell, districtName.Raw, Excerpt.Of(districtName.Value), district.Code, district.Name));
        if (info.Year is { } located)
        {
            if (located.Value < AdministrativeEra.FirstTrackedYear) findings.Add(RuleCatalogue.YearTooEarly.At(located.Cell, located.Raw, located.Value));
            else if (located.Value > currentYear + 1) findings.Add(RuleCatalogue.YearInFuture.At(located.Cell, located.Raw, located.Value, currentYear));
        }
        if (info.TemplateVersion is { } version && MatchKey.Of(version.Value) is not ("1" or "v1" or "1 0" or "2" or "v2" or "2 0"))
            findings.Add(RuleCatalogue.TemplateVersionUnknown.At(version.Cell, version.Raw, version.Value));
        return new ReportScope(units, year, province, district, commune) { Standard = year is { } reviewYear ? reference.StandardFor(reviewYear) : null };
    }

    private static Province? ResolveProvince(ReportInfo info, AdministrativeUnits units, ReferenceData reference, bool postReform, int? year,
        FindingList findings)
    {
        if (info.ProvinceCode is not { } code) return null;
        if (units.Province(code.Value) is { } province) return province;
        if (postReform && reference.Units.Province(code.Value) is { } old && reference.ProvinceAfterReform(old.Code) is { } merged)
            findings.Add(RuleCatalogue.ProvinceMerged.At(code.Cell, code.Raw, old.DisplayName, old.Code, merged.DisplayName, merged.Code, year));
        else
            findings.Add(RuleCatalogue.ProvinceUnknown.At(code.Cell, code.Raw, code.Value));
        return null;
    }

    private static District? RejectDistrict(ReportInfo info, int? year, FindingList findings)
    {
        if (info.DistrictCode is { } code)
            findings.Add(RuleCatalogue.DistrictAfterReform.At(code.Cell, code.Raw, code.Value, year));
        return null;
    }

    private static District? ResolveDistrict(ReportInfo info, AdministrativeUnits units, Province? province, int? year, FindingList findings)
    {
        if (info.DistrictCode is not { } code)
        {
            // Before the reform the district is who reports: required once the year says so. A value
            // that did not read was reported where it is; an empty one is reported here.
            if (info.Entries.TryGetValue("district_code", out var entry))
            {
                if (entry.Value.Length == 0) findings.Add(RuleCatalogue.ValueRequired.At(entry.Cell, string.Empty, "Mã huyện"));
            }
            else if (year is not null)
                findings.Add(RuleCatalogue.InfoKeyMissing.InSheet(ThongTinSheet(info), "Mã huyện"));
            return null;
        }
        var district = units.District(code.Value);
        if (district is null)
        {
            findings.Add(RuleCatalogue.DistrictUnknown.At(code.Cell, code.Raw, code.Value));
            return null;
        }
        if (province is not null && district.ProvinceCode != province.Code)
        {
            var actual = units.Province(district.ProvinceCode)!;
            findings.Add(RuleCatalogue.DistrictNotInProvince.At(code.Cell, code.Raw, district.DisplayName, district.Code, actual.DisplayName, actual.Code, province.Code));
            return null;
        }
        return district;
    }

    private static Commune? ResolveCommune(ReportInfo info, AdministrativeUnits units, Province? province, FindingList findings)
    {
        if (info.CommuneCode is not { } code) return null;
        var commune = units.Commune(code.Value);
        if (commune is null)
        {
            findings.Add(RuleCatalogue.CommuneUnknown.At(code.Cell, code.Raw, code.Value));
            return null;
        }
        if (province is not null && commune.ProvinceCode != province.Code)
        {
            var actual = units.Province(commune.ProvinceCode)!;
            findings.Add(RuleCatalogue.CommuneNotInProvince.At(code.Cell, code.Raw, commune.DisplayName, commune.Code, actual.DisplayName, actual.Code, province.Code));
            return null;
        }
        if (info.CommuneName is { } name && !SameUnitName(name.Value, commune.Name))
            findings.Add(RuleCatalogue.CommuneNameMismatch.At(name.Cell, name.Raw, Excerpt.Of(name.Value), commune.Code, commune.Name));
        return commune;
    }

    private static string ThongTinSheet(ReportInfo info) =>
        info.ProvinceCode?.Cell.Sheet ?? info.Year?.Cell.Sheet ?? Reading.Layout.ReportFormat.InfoSheet;

    /// <summary>
    /// The same name, a leading unit type ignored on either side. A type is dropped from one side
    /// at a time as well as from both: once diacritics are gone an official name may begin with
    /// what reads as a type (<c>Huyền Hội</c>, <c>Phương Thạnh</c>, <c>Tịnh Biên</c> fold to
    /// "huyen hoi", "phuong thanh", "tinh bien"), and dropping it from both sides would compare
    /// <c>Xã Huyền Hội</c> ("huyen hoi") with "hoi".
    /// </summary>
    public static bool SameUnitName(string written, string official)
    {
        var (whole, withoutType) = (MatchKey.Of(written), MatchKey.OfUnitName(written));
        var (officialWhole, officialWithoutType) = (MatchKey.Of(official), MatchKey.OfUnitName(official));
        return whole == officialWhole || withoutType == officialWhole || whole == officialWithoutType || withoutType == officialWithoutType;
    }
}
