using PovertyEtl.Validation.Rules;

namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// What the warehouse-only rules compare a report's communes with, read in one query: the communes
/// another reporting unit's current load already covers this year, and last year's year-end stocks.
/// </summary>
public sealed record WarehouseRuleFigures(IReadOnlyList<CommuneReportedElsewhere> ReportedElsewhere, IReadOnlyList<YearEndStocks> LastYearEnd)
{
    public static readonly WarehouseRuleFigures None = new([], []);
}
