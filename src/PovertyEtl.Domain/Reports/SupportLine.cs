namespace PovertyEtl.Domain.Reports;

/// <summary>One row of <c>HoTro</c>: support of one program delivered in one commune during the year.</summary>
public sealed record SupportLine
{
    public required int Row { get; init; }
    public string? CommuneCode { get; init; }
    public string? ProgramCode { get; init; }

    /// <summary>The program as written in the cell (its name or an alias), quoted back to the officer in findings.</summary>
    public string? ProgramWritten { get; init; }
    public long? Beneficiaries { get; init; }

    /// <summary>What <see cref="Beneficiaries"/> counts, from the column's header.</summary>
    public BeneficiaryUnit BeneficiaryUnit { get; init; }
    public decimal? AmountMillionVnd { get; init; }
}
