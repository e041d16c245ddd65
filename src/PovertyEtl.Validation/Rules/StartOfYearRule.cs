using PovertyEtl.Domain.Reference;
using PovertyEtl.Reading.Sheets;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// The warnings only the warehouse can give: a commune's stocks at the start of the year should
/// be last year's year-end stocks as already loaded (same for near-poor). Quiet where last
/// year is not loaded.
/// </summary>
public static class StartOfYearRule
{
    public static IReadOnlyList<Finding> Check(CommuneTable communes, int year, IReadOnlyList<YearEndStocks> lastYear, AdministrativeUnits units)
    {
        var previous = lastYear.ToDictionary(s => s.CommuneCode, StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var c in communes.Communes)
        {
            if (c.CommuneCode is not { } code || !previous.TryGetValue(code, out var last)) continue;
            var label = CommuneRules.Label(c, units.Commune(code));
            if (c.PoorStart is { } poorStart && poorStart != last.PoorEnd && communes.Layout.Cell("poor_start", c.Row) is { } poorCell)
                findings.Add(RuleCatalogue.PoorStartDiffersFromLastYear.At(poorCell, MessageNumbers.Stored(poorStart), label, year, MessageNumbers.Count(poorStart), year - 1, MessageNumbers.Count(last.PoorEnd)));
            if (c.NearPoorStart is { } nearStart && nearStart != last.NearPoorEnd && communes.Layout.Cell("near_poor_start", c.Row) is { } nearCell)
                findings.Add(RuleCatalogue.NearPoorStartDiffersFromLastYear.At(nearCell, MessageNumbers.Stored(nearStart), label, year, MessageNumbers.Count(nearStart), year - 1, MessageNumbers.Count(last.NearPoorEnd)));
        }
        return findings;
    }
}
