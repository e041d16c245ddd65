using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Domain.Reports;

/// <summary>
/// Names a reporting unit for people: with the units of its era, by its display name and code
/// (<c>Thị xã Duyên Hải (851)</c>, <c>Tỉnh Vĩnh Long (86)</c>, <c>Phường Trà Vinh (29242)</c>);
/// without them, or for a code they do not list, by its level and code (<c>huyện 849</c>,
/// <c>tỉnh 86</c>, <c>xã 29242</c>: codes of 3, 2 and 5 digits never collide).
/// </summary>
public static class ReportingUnitName
{
    /// <summary>By the units of the code's era: a district (3 digits) is pre-reform, a province or commune code a reporting unit from 2025.</summary>
    public static string Of(string? reportingUnit, string? districtCode, ReferenceData reference) =>
        Of(reportingUnit, districtCode, (reportingUnit ?? districtCode)?.Length == 3 ? reference.Units : reference.UnitsFromReform);

    public static string Of(string? reportingUnit, string? districtCode = null, AdministrativeUnits? units = null)
    {
        var code = reportingUnit ?? districtCode;
        var displayName = code is null || units is null ? null : code.Length switch
        {
            2 => units.Province(code)?.DisplayName,
            5 => units.Commune(code)?.DisplayName,
            _ => units.District(code)?.DisplayName,
        };
        if (displayName is not null) return $"{displayName} ({code})";
        return code switch
        {
            null => "đơn vị ?",
            { Length: 2 } province => $"tỉnh {province}",
            { Length: 5 } commune => $"xã {commune}",
            var district => $"huyện {district}",
        };
    }
}
