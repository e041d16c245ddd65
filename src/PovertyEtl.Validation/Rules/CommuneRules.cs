using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

using static PovertyEtl.Validation.Rules.MessageNumbers;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// The rules over each <c>TongHop</c> row: the commune is official in the report's year and in
/// the report's district (before the 2025 reform) or province and commune (after it), listed
/// once, named officially; stocks fit in the households; flows balance; subsets fit in the poor;
/// stated rates agree with the counts.
/// </summary>
internal static class CommuneRules
{
    public const decimal RateTolerancePoints = 0.05m;

    public static void Check(CommuneTable table, ReportScope scope, ReferenceData reference, FindingList findings)
    {
        var units = scope.Units;
        var layout = table.Layout;
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in table.Communes)
        {
            SourceCell At(string key) => layout.Cell(key, c.Row) ?? new SourceCell(layout.SheetName, 1, c.Row);
            // Without the report's year a code cannot be read (codes were reused in 2025): that year's finding says so.
            var official = c.CommuneCode is null || scope.Year is null ? null : units.Commune(c.CommuneCode);
            var label = Label(c, official);
            if (c.CommuneCode is { } code)
            {
                if (firstRowOf.TryGetValue(code, out var firstRow))
                    findings.Add(RuleCatalogue.CommuneDuplicate.At(At("commune_code"), code, code, firstRow, c.Row));
                else
                    firstRowOf[code] = c.Row;
                if (official is null && scope.Year is not null)
                    findings.Add(CommuneEraRules.UnknownInEra(At("commune_code"), code, scope, reference));
                else if (official is not null && CommuneEraRules.OutsideScope(At("commune_code"), official, scope) is { } outside)
                    findings.Add(outside);
                if (official is not null && c.CommuneName is { } name && !ReportInfoRules.SameUnitName(name, official.Name))
                    findings.Add(CommuneEraRules.NameOfOldUnit(At("commune_name"), name, official, scope, reference)
                        ?? RuleCatalogue.CommuneNameMismatch.At(At("commune_name"), name, Excerpt.Of(name), official.Code, official.Name));
            }
            CheckStocks(c, label, At, findings);
            CheckFlows(c, label, At, findings);
            CheckRate(layout["poor_rate_pct"], layout, c.Row, label, c.PoorRatePct, c.PoorEnd, c.TotalHouseholds, findings);
            CheckRate(layout["near_poor_rate_pct"], layout, c.Row, label, c.NearPoorRatePct, c.NearPoorEnd, c.TotalHouseholds, findings);
        }
    }

    private static void CheckStocks(CommuneSummary c, string label, Func<string, SourceCell> at, FindingList findings)
    {
        if (c.TotalHouseholds is not { } total) return;
        var poorOver = c.PoorEnd > total;
        var nearOver = c.NearPoorEnd > total;
        if (poorOver) findings.Add(RuleCatalogue.PoorExceedsTotal.At(at("poor_end"), Stored(c.PoorEnd), label, Count(c.PoorEnd), Count(total)));
        if (nearOver) findings.Add(RuleCatalogue.NearPoorExceedsTotal.At(at("near_poor_end"), Stored(c.NearPoorEnd), label, Count(c.NearPoorEnd), Count(total)));
        // One root cause, one error: the sum is only reported when neither stock alone is too large.
        if (!poorOver && !nearOver && c.PoorEnd + c.NearPoorEnd > total)
            findings.Add(RuleCatalogue.PoorAndNearPoorExceedTotal.At(at("total_households"), Stored(total), label,
                Count(c.PoorEnd), Count(c.NearPoorEnd), Count(c.PoorEnd + c.NearPoorEnd), Count(total)));
        if (c.PoorEnd is { } poorEnd)
        {
            if (c.PoorEthnicMinorityEnd > poorEnd)
                findings.Add(RuleCatalogue.EthnicMinorityExceedsPoor.At(at("poor_ethnic_minority_end"), Stored(c.PoorEthnicMinorityEnd), label, Count(c.PoorEthnicMinorityEnd), Count(poorEnd)));
            if (c.PoorNoLabourEnd > poorEnd)
                findings.Add(RuleCatalogue.NoLabourExceedsPoor.At(at("poor_no_labour_end"), Stored(c.PoorNoLabourEnd), label, Count(c.PoorNoLabourEnd), Count(poorEnd)));
        }
        if (c.NearPoorEnd is { } nearPoorEnd && c.NearPoorNoLabourEnd > nearPoorEnd)
            findings.Add(RuleCatalogue.NearPoorNoLabourExceedsNearPoor.At(at("near_poor_no_labour_end"), Stored(c.NearPoorNoLabourEnd), label,
                Count(c.NearPoorNoLabourEnd), Count(nearPoorEnd)));
    }

    private static void CheckFlows(CommuneSummary c, string label, Func<string, SourceCell> at, FindingList findings)
    {
        if (c is { PoorStart: { } start, PoorEscaped: { } escaped, PoorNew: { } @new, PoorReturned: { } returned, PoorEnd: { } end }
            && start - escaped + @new + returned != end)
            findings.Add(RuleCatalogue.FlowBalancePoor.At(at("poor_end"), Stored(end), label, Count(start), Count(escaped), Count(@new), Count(returned),
                Count(start - escaped + @new + returned), Count(end)));
        if (c is { NearPoorStart: { } nStart, NearPoorEscaped: { } nEscaped, NearPoorNew: { } nNew, NearPoorEnd: { } nEnd }
            && nStart - nEscaped + nNew != nEnd)
            findings.Add(RuleCatalogue.FlowBalanceNearPoor.At(at("near_poor_end"), Stored(nEnd), label, Count(nStart), Count(nEscaped), Count(nNew),
                Count(nStart - nEscaped + nNew), Count(nEnd)));
    }

    /// <summary>A stated rate against <c>100 * end / total</c>; shared with the totals row, which states the district's rate.</summary>
    public static void CheckRate(LocatedColumn? column, SheetLayout layout, int row, string label, decimal? stated, long? end, long? total, FindingList findings)
    {
        if (column is null || stated is not { } rate || end is not { } e || total is not { } t) return;
        if (t == 0)
        {
            if (rate != 0) findings.Add(RuleCatalogue.RateMismatch.At(layout.Cell(column, row), Points(rate), label, Points(rate), "—", Count(e), Count(t)));
            return;
        }
        var computed = 100m * e / t;
        if (Math.Abs(rate - computed) > RateTolerancePoints)
            findings.Add(RuleCatalogue.RateMismatch.At(layout.Cell(column, row), Points(rate), label, Points(rate), Points(computed), Count(e), Count(t)));
    }

    public static string Label(CommuneSummary c, Commune? official) =>
        official is not null ? $"{official.DisplayName} ({official.Code})"
        : c.CommuneName is { } name ? $"{Excerpt.Of(name)} ({c.CommuneCode})"
        : c.CommuneCode ?? $"dòng {c.Row}";

}
