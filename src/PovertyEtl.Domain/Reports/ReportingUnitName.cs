namespace PovertyEtl.Domain.Reports;

/// <summary>
/// Names a reporting unit for people: <c>huyện 849</c> before the 2025 reform, <c>tỉnh 86</c> or
/// <c>xã 29242</c> after it (codes of 3, 2 and 5 digits never collide).
/// </summary>
public static class ReportingUnitName
{
    public static string Of(string? reportingUnit, string? districtCode = null) => (reportingUnit ?? districtCode) switch
    {
        null => "đơn vị ?",
        { Length: 2 } province => $"tỉnh {province}",
        { Length: 5 } commune => $"xã {commune}",
        var district => $"huyện {district}",
    };
}
