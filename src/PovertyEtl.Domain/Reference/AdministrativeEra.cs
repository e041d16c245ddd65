namespace PovertyEtl.Domain.Reference;

/// <summary>
/// A period in which one list of administrative units is in force. The 2025 reform (in force
/// 1 July 2025) abolished districts and merged provinces and communes; the annual review of a
/// year is reported in the units in force at its end, so reviews of 2024 and before use the
/// pre-reform units and those of 2025 and after the new ones.
/// </summary>
public sealed record AdministrativeEra(string Name, DateOnly From, DateOnly To, int FirstReportYear, int LastReportYear)
{
    public static readonly AdministrativeEra BeforeReform = new("trước 01/07/2025", new DateOnly(1900, 1, 1), new DateOnly(2025, 6, 30), 0, 2024);
    public static readonly AdministrativeEra FromReform = new("từ 01/07/2025", new DateOnly(2025, 7, 1), new DateOnly(9999, 12, 31), 2025, 9999);

    /// <summary>The first review year taken: the multidimensional standard of 2016-2020 began then.</summary>
    public const int FirstTrackedYear = 2016;

    public const int FirstPostReformYear = 2025;

    public static AdministrativeEra ForYear(int year) => year >= FirstPostReformYear ? FromReform : BeforeReform;

    public bool CoversReportYear(int year) => year >= FirstReportYear && year <= LastReportYear;
}
