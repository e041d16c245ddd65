using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Domain.Reference;

/// <summary>
/// A poverty standard and the reviews it governs (QĐ 59/2015/QĐ-TTg for 2016–2021, Decree
/// 07/2021/NĐ-CP for 2022–2026, Decree 351/2025/NĐ-CP from 2027), as data. One rule covers all
/// three: at or under the income-only line of the household's area (QĐ 59 only) a household is
/// poor whatever its deprivations; at or under the multidimensional line it is poor when deprived
/// in <see cref="MinDeprivationsPoor"/> or more of the standard's <see cref="Indicators"/>,
/// otherwise near-poor; above the line it is neither.
/// </summary>
/// <param name="Provisional">The indicator set is not final (Decree 351's list awaits its guidance): correct the data, not the code.</param>
public sealed record PovertyStandard(
    string Code,
    string Name,
    int FromYear,
    int ToYear,
    decimal? RuralIncomeOnlyLineVnd,
    decimal? UrbanIncomeOnlyLineVnd,
    decimal RuralIncomeLineVnd,
    decimal UrbanIncomeLineVnd,
    int MinDeprivationsPoor,
    bool Provisional,
    IReadOnlyList<Indicator> Indicators)
{
    public bool Covers(int year) => year >= FromYear && year <= ToYear;

    /// <summary>The multidimensional line: at or under it a household is poor or near-poor.</summary>
    public decimal IncomeLine(Area area) => area == Area.Rural ? RuralIncomeLineVnd : UrbanIncomeLineVnd;

    /// <summary>The line at or under which income alone makes a household poor; null when the standard has none.</summary>
    public decimal? IncomeOnlyLine(Area area) => area == Area.Rural ? RuralIncomeOnlyLineVnd : UrbanIncomeOnlyLineVnd;

    public HouseholdCategory? Classify(Area area, decimal incomePerCapitaVnd, int deprivations) =>
        incomePerCapitaVnd <= IncomeOnlyLine(area) ? HouseholdCategory.Poor
        : incomePerCapitaVnd > IncomeLine(area) ? null
        : deprivations >= MinDeprivationsPoor ? HouseholdCategory.Poor
        : HouseholdCategory.NearPoor;
}
