using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Domain.Reference;

/// <summary>
/// The multidimensional poverty standard of one period: at or under the income line of the
/// household's area, a household deprived in <see cref="MinDeprivationsPoor"/> or more of the
/// 12 indicators is poor, otherwise near-poor; above the line it is neither.
/// </summary>
public sealed record PovertyStandard(int FromYear, int ToYear, decimal RuralIncomeLineVnd, decimal UrbanIncomeLineVnd, int MinDeprivationsPoor)
{
    public bool Covers(int year) => year >= FromYear && year <= ToYear;

    public decimal IncomeLine(Area area) => area == Area.Rural ? RuralIncomeLineVnd : UrbanIncomeLineVnd;

    public HouseholdCategory? Classify(Area area, decimal incomePerCapitaVnd, int deprivations) =>
        incomePerCapitaVnd > IncomeLine(area) ? null
        : deprivations >= MinDeprivationsPoor ? HouseholdCategory.Poor
        : HouseholdCategory.NearPoor;
}
