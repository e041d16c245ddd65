using PovertyEtl.Ingestion;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Validation;

namespace PovertyEtl.Tests.Support;

/// <summary>Watches the household stream of a validation, as a loader would: counts and keeps them.</summary>
public sealed class HouseholdCounter : IHouseholdSink
{
    public ReportInfo? Info { get; private set; }
    public List<Household> Households { get; } = [];

    public void Begin(ReportInfo info) => Info = info;

    public void Add(Household household) => Households.Add(household);
}
