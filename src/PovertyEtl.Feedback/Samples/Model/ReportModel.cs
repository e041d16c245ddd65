using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// A report as decided before any layout: whose it is, who made it and when, and each commune's
/// figures. Households are not held here: they are generated commune by commune as the list is
/// written (<see cref="HouseholdGenerator"/>), agreeing with these figures.
/// </summary>
internal sealed record ReportModel(
    ReportingUnit Unit,
    int Year,
    DateOnly ReportDate,
    string PreparedBy,
    string Chairman,
    PovertyStandard Standard,
    EthnicMix Ethnicities,
    IReadOnlyList<CommuneModel> Communes)
{
    public Province Province => Unit.Province;

    public long Households => Communes.Sum(c => c.Listed);
}
