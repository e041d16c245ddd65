namespace PovertyEtl.Pipeline.Reports;

/// <summary>One row of <c>HoTro</c>: support of one program delivered in one commune during the year.</summary>
public sealed record SupportLine
{
    public required int Row { get; init; }
    public string? CommuneCode { get; init; }
    public string? ProgramCode { get; init; }
    public long? Beneficiaries { get; init; }
    public decimal? AmountMillionVnd { get; init; }
}
