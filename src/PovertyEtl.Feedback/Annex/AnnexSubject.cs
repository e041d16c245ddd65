using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Annex;

/// <summary>
/// Whose annex and which year: a province of the year's units (the 63 up to 2024, the 34 from
/// 2025), laid out by district up to 2024 and by commune from 2025, and the units (display names
/// with their type word) its annex should list, so that a unit without figures is named.
/// </summary>
public sealed record AnnexSubject(Province Province, int Year, IReadOnlyList<(string Code, string Name)> ExpectedUnits)
{
    /// <summary>From 2025 districts no longer exist: the annex lists communes.</summary>
    public bool ByCommune => Year >= AdministrativeEra.FirstPostReformYear;

    /// <summary>What the unit column is headed: <c>Huyện, thị xã, thành phố</c> up to 2024, <c>Xã, phường, đặc khu</c> from 2025.</summary>
    public string UnitHeading => ByCommune ? "Xã, phường, đặc khu" : "Huyện, thị xã, thành phố";

    /// <summary>The province's annex for the year, or why there is none: a year without units or reports, a code not a province of the year (naming the one it merged into).</summary>
    public static (AnnexSubject? Subject, string? Problem) Find(string provinceCode, int year, ReferenceData reference, int currentYear)
    {
        var lastYear = currentYear + 1;
        if (year < AdministrativeEra.FirstTrackedYear || year > lastYear)
            return (null, $"--year {year}: chỉ nhận năm rà soát từ {AdministrativeEra.FirstTrackedYear} đến {lastYear} " +
                          $"/ --year must be a review year from {AdministrativeEra.FirstTrackedYear} to {lastYear}");
        var code = provinceCode.Trim();
        var units = reference.UnitsFor(year);
        if (units.Province(code) is not { } province)
            return (null, year >= AdministrativeEra.FirstPostReformYear && reference.Units.Province(code) is { } old
                          && reference.ProvinceAfterReform(old.Code) is { } merged
                ? $"--province {code}: {old.DisplayName} đã hợp nhất vào {merged.DisplayName} từ 01/07/2025; kết quả năm {year} xuất theo --province {merged.Code} " +
                  $"/ province {old.Code} merged into {merged.Code} on 1 July 2025: use --province {merged.Code}"
                : $"--province {provinceCode}: không có tỉnh mã này trong danh mục năm {year} / no province with this code in {year}");
        IReadOnlyList<(string, string)> expected = year >= AdministrativeEra.FirstPostReformYear
            ? [.. units.CommunesOfProvince(province.Code).OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => (c.Code, c.DisplayName))]
            : [.. units.DistrictsOf(province.Code).OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => (d.Code, d.DisplayName))];
        return (new AnnexSubject(province, year, expected), null);
    }
}
