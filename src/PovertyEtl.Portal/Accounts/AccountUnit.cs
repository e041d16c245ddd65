using PovertyEtl.Feedback;

namespace PovertyEtl.Portal.Accounts;

/// <summary>
/// The unit an account belongs to, from the reference data: a district (3 digits, reviews up to
/// 2024), a province (2 digits, before or after the 2025 reform) or a commune (5 digits, from
/// 2025). A province account sees its province's reporting units of every era: before the reform
/// its districts (and the province itself), after it the province it became part of (for a merged
/// province, what the 2025 mapping says) and that province's communes.
/// </summary>
public sealed record AccountUnit(string Code, string Display, IReadOnlySet<string> ReportingUnits, string? ProvinceBefore, string? ProvinceAfter)
{
    public static AccountUnit? Find(string code, ReferenceData reference)
    {
        var units = reference.Units;
        var after = reference.UnitsFromReform;
        switch (code.Length)
        {
            case 3 when units.District(code) is { } district:
                return new AccountUnit(code, Describe(ReportingUnit.OfDistrict(district, units)), new HashSet<string>(StringComparer.Ordinal) { code },
                    district.ProvinceCode, null);
            case 5 when after.Commune(code) is { } commune:
                return new AccountUnit(code, Describe(ReportingUnit.OfCommune(commune, after)), new HashSet<string>(StringComparer.Ordinal) { code },
                    null, commune.ProvinceCode);
            case 2 when after.Province(code) is not null || units.Province(code) is not null:
                return OfProvince(code, reference);
            default:
                return null;
        }
    }

    /// <summary><c>Huyện Trà Cú (849)</c>: a unit named with its type word and its code, as messages show it.</summary>
    public static string Describe(string code, ReferenceData reference) =>
        Find(code, reference)?.Display ?? $"đơn vị {code}";

    private static AccountUnit OfProvince(string code, ReferenceData reference)
    {
        var (units, after) = (reference.Units, reference.UnitsFromReform);
        // A post-reform province is also the successor of the old provinces merged into it; an old one has its successor.
        var newCode = after.Province(code) is not null ? code : reference.ProvinceAfterReform(code)?.Code;
        var oldCodes = units.Provinces.Where(p => p.Code == code || (newCode is not null && after.Province(code) is not null && reference.ProvinceAfterReform(p.Code)?.Code == code))
            .Select(p => p.Code).ToList();
        var reporting = new HashSet<string>(StringComparer.Ordinal) { code };
        foreach (var old in oldCodes)
        {
            reporting.Add(old);
            foreach (var district in units.DistrictsOf(old)) reporting.Add(district.Code);
        }
        if (newCode is not null)
        {
            reporting.Add(newCode);
            foreach (var commune in after.CommunesOfProvince(newCode)) reporting.Add(commune.Code);
        }
        var display = after.Province(code) is { } now
            ? Describe(ReportingUnit.OfProvince(now, after))
            : Describe(ReportingUnit.OfProvince(units.Province(code)!, units));
        return new AccountUnit(code, display, reporting, oldCodes.FirstOrDefault(), newCode);
    }

    private static string Describe(ReportingUnit unit) => $"{unit.FullName} ({unit.Code})";
}
