using PovertyEtl.Pipeline.Reading.Text;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;

namespace PovertyEtl.Pipeline.Validation.Rules;

/// <summary>
/// <c>ThongTin</c> against the official catalogue: the province and district exist and agree,
/// their names are the official ones, the year is plausible. Returns the district when the
/// report's codes resolve to one, for the rules over communes.
/// </summary>
internal static class ReportInfoRules
{
    public const int FirstTrackedYear = 2016;

    public static District? Check(ReportInfo info, AdministrativeUnits units, int currentYear, FindingList findings)
    {
        Province? province = null;
        if (info.ProvinceCode is { } provinceCode)
        {
            province = units.Province(provinceCode.Value);
            if (province is null) findings.Add(RuleCatalogue.ProvinceUnknown.At(provinceCode.Cell, provinceCode.Raw, provinceCode.Value));
        }
        District? district = null;
        if (info.DistrictCode is { } districtCode)
        {
            district = units.District(districtCode.Value);
            if (district is null)
                findings.Add(RuleCatalogue.DistrictUnknown.At(districtCode.Cell, districtCode.Raw, districtCode.Value));
            else if (province is not null && district.ProvinceCode != province.Code)
            {
                var actual = units.Province(district.ProvinceCode)!;
                findings.Add(RuleCatalogue.DistrictNotInProvince.At(districtCode.Cell, districtCode.Raw,
                    district.Name, district.Code, actual.Name, actual.Code, province.Code));
            }
        }
        if (province is not null && info.ProvinceName is { } provinceName && !SameUnitName(provinceName.Value, province.Name))
            findings.Add(RuleCatalogue.ProvinceNameMismatch.At(provinceName.Cell, provinceName.Raw, provinceName.Value, province.Code, province.Name));
        if (district is not null && info.DistrictName is { } districtName && !SameUnitName(districtName.Value, district.Name))
            findings.Add(RuleCatalogue.DistrictNameMismatch.At(districtName.Cell, districtName.Raw, districtName.Value, district.Code, district.Name));
        if (info.Year is { } year)
        {
            if (year.Value < FirstTrackedYear) findings.Add(RuleCatalogue.YearTooEarly.At(year.Cell, year.Raw, year.Value));
            else if (year.Value > currentYear + 1) findings.Add(RuleCatalogue.YearInFuture.At(year.Cell, year.Raw, year.Value, currentYear));
        }
        if (info.TemplateVersion is { } version && MatchKey.Of(version.Value) is not ("1" or "v1" or "1 0"))
            findings.Add(RuleCatalogue.TemplateVersionUnknown.At(version.Cell, version.Raw, version.Value));
        return province is null || district?.ProvinceCode == province.Code ? district : null;
    }

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
