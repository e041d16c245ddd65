using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// The totals row of <c>TongHop</c>, when there is one, must add up: each count it states equals
/// the sum of the commune rows; a rate it states is checked against the district's computed rate.
/// </summary>
internal static class TotalsRowRule
{
    private static readonly (string Key, Func<CommuneSummary, long?> Value)[] Counts =
    [
        ("total_households", c => c.TotalHouseholds), ("poor_start", c => c.PoorStart), ("poor_escaped", c => c.PoorEscaped),
        ("poor_new", c => c.PoorNew), ("poor_returned", c => c.PoorReturned), ("poor_end", c => c.PoorEnd),
        ("near_poor_start", c => c.NearPoorStart), ("near_poor_escaped", c => c.NearPoorEscaped), ("near_poor_new", c => c.NearPoorNew),
        ("near_poor_end", c => c.NearPoorEnd), ("poor_ethnic_minority_end", c => c.PoorEthnicMinorityEnd),
        ("poor_no_labour_end", c => c.PoorNoLabourEnd), ("near_poor_no_labour_end", c => c.NearPoorNoLabourEnd),
    ];

    public static void Check(CommuneTable table, FindingList findings)
    {
        if (table.Totals is not { } totals) return;
        var layout = table.Layout;
        foreach (var (key, value) in Counts)
        {
            if (layout[key] is not { } column || value(totals) is not { } stated) continue;
            var values = table.Communes.Select(value).ToList();
            // A commune cell that did not read was reported already; the sum would only repeat it.
            if (column.Spec.Required && values.Any(v => v is null)) continue;
            var sum = values.Sum(v => v ?? 0);
            if (sum != stated)
                findings.Add(RuleCatalogue.TotalsMismatch.At(layout.Cell(column, totals.Row), MessageNumbers.Stored(stated),
                    MessageNumbers.Count(stated), column.Spec.Header, MessageNumbers.Count(sum)));
        }
        long? Sum(Func<CommuneSummary, long?> value) =>
            table.Communes.All(c => value(c) is not null) ? table.Communes.Sum(c => value(c)!.Value) : null;
        var totalHouseholds = Sum(c => c.TotalHouseholds);
        const string label = "Dòng tổng cộng";
        CommuneRules.CheckRate(layout["poor_rate_pct"], layout, totals.Row, label, totals.PoorRatePct, Sum(c => c.PoorEnd), totalHouseholds, findings);
        CommuneRules.CheckRate(layout["near_poor_rate_pct"], layout, totals.Row, label, totals.NearPoorRatePct, Sum(c => c.NearPoorEnd), totalHouseholds, findings);
    }
}
