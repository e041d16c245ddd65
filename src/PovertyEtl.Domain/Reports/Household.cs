namespace PovertyEtl.Domain.Reports;

/// <summary>
/// One row of <c>DanhSachHo</c>. The head's name is checked for presence but never kept; the
/// ID number is kept only until it is hashed for the warehouse.
/// </summary>
public sealed record Household
{
    public required int Row { get; init; }
    public string? HouseholdCode { get; init; }
    public string? CommuneCode { get; init; }
    public string? IdNumber { get; init; }
    public int? Members { get; init; }
    public string? EthnicityCode { get; init; }
    /// <summary>As written, else from the commune's type (xã rural; phường, thị trấn urban).</summary>
    public Area? Area { get; init; }
    public decimal? IncomePerCapitaVnd { get; init; }
    public HouseholdCategory? Category { get; init; }
    public string? Change { get; init; }

    /// <summary>Bit i set: deprived in the i-th indicator of the review year's standard (its order in indicators.csv).</summary>
    public int Deprivations { get; init; }

    /// <summary>False when an indicator cell did not read: the count of deprivations is then unknown.</summary>
    public bool DeprivationsComplete { get; init; } = true;

    public int DeprivationCount => System.Numerics.BitOperations.PopCount((uint)Deprivations);
}
