using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Ingestion;

/// <summary>
/// Whoever loads a report watches its household list go by while it is validated, so that a
/// 300,000-row list is read once and never held: told the report's metadata first, then each household.
/// </summary>
public interface IHouseholdSink
{
    void Begin(ReportInfo info);

    void Add(Household household);
}
