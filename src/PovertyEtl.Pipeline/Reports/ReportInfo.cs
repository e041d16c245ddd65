namespace PovertyEtl.Pipeline.Reports;

/// <summary>
/// The metadata of <c>ThongTin</c>. Each value keeps the cell it came from so that a rule about
/// it can point there. <c>prepared_by</c> is personal data: it is recognised, never kept.
/// </summary>
public sealed record ReportInfo
{
    public Located<string>? ProvinceCode { get; init; }
    public Located<string>? ProvinceName { get; init; }
    public Located<string>? DistrictCode { get; init; }
    public Located<string>? DistrictName { get; init; }
    public Located<int>? Year { get; init; }
    public Located<DateOnly>? ReportDate { get; init; }
    public Located<string>? TemplateVersion { get; init; }
}

/// <summary>A value with the cell it was read from and the text the officer typed there.</summary>
public sealed record Located<T>(T Value, SourceCell Cell, string Raw);
