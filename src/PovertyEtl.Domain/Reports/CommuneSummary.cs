namespace PovertyEtl.Domain.Reports;

/// <summary>
/// One row of <c>TongHop</c>: a commune's households, poor and near-poor stocks at the start and
/// end of the year and the flows between them. A value that did not read is null (its finding
/// was already given), so rules over it stay quiet instead of repeating the root cause.
/// </summary>
public sealed record CommuneSummary
{
    public required int Row { get; init; }
    public string? CommuneCode { get; init; }
    public string? CommuneName { get; init; }
    public long? TotalHouseholds { get; init; }
    public long? PoorStart { get; init; }
    public long? PoorEscaped { get; init; }
    public long? PoorNew { get; init; }
    public long? PoorReturned { get; init; }
    public long? PoorEnd { get; init; }
    public decimal? PoorRatePct { get; init; }
    public long? NearPoorStart { get; init; }
    public long? NearPoorEscaped { get; init; }
    public long? NearPoorNew { get; init; }
    public long? NearPoorEnd { get; init; }
    public decimal? NearPoorRatePct { get; init; }
    public long? PoorEthnicMinorityEnd { get; init; }
    public long? PoorNoLabourEnd { get; init; }
    public long? NearPoorNoLabourEnd { get; init; }
}
