namespace PovertyEtl.Domain.Reports;

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

    /// <summary>Format v2 (2025 and after): the single commune the report covers, when it is a commune's own.</summary>
    public Located<string>? CommuneCode { get; init; }
    public Located<string>? CommuneName { get; init; }
    public Located<int>? Year { get; init; }
    public Located<DateOnly>? ReportDate { get; init; }
    public Located<string>? TemplateVersion { get; init; }

    /// <summary>
    /// Where each label found points for its value, with the text there (empty when the cell is):
    /// a key whose value did not read is absent above but present here, so that it is not also
    /// reported missing.
    /// </summary>
    public IReadOnlyDictionary<string, Located<string>> Entries { get; init; } = new Dictionary<string, Located<string>>();

    /// <summary>
    /// Whom the report is from, the key under which a newer file replaces an older one: the
    /// district before the 2025 reform; after it the commune when <c>Mã xã</c> is given, else the
    /// province. Null while the year or the codes are unknown.
    /// </summary>
    public string? ReportingUnit => Year?.Value is not { } year ? null
        : year < Reference.AdministrativeEra.FirstPostReformYear ? DistrictCode?.Value
        : CommuneCode?.Value ?? ProvinceCode?.Value;
}

/// <summary>A value with the cell it was read from and the text the officer typed there.</summary>
public sealed record Located<T>(T Value, SourceCell Cell, string Raw);
