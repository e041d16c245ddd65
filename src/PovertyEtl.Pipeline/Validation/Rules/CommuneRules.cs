using PovertyEtl.Pipeline.Reading.Layout;
using PovertyEtl.Pipeline.Reading.Sheets;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;

using static PovertyEtl.Pipeline.Validation.Rules.MessageNumbers;

namespace PovertyEtl.Pipeline.Validation.Rules;

/// <summary>
/// The rules over each <c>TongHop</c> row: the commune is official and in the report's district,
/// listed once, named officially; stocks fit in the households; flows balance; subsets fit in
/// the poor; stated rates agree with the counts.
/// </summary>
internal static class CommuneRules
{
    public const decimal RateTolerancePoints = 0.05m;

    public static void Check(CommuneTable table, District? district, AdministrativeUnits units, FindingList findings)
    {
        var layout = table.Layout;
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in table.Communes)
        {
            SourceCell At(string key) => layout.Cell(key, c.Row) ?? new SourceCell(layout.SheetName, 1, c.Row);
            var official = c.CommuneCode is null ? null : units.Commune(c.CommuneCode);
            var label = Label(c, official);
            if (c.CommuneCode is { } code)
            {
                if (firstRowOf.TryGetValue(code, out var firstRow))
                    findings.Add(RuleCatalogue.CommuneDuplicate.At(At("commune_code"), code, code, firstRow, c.Row));
                else
                    firstRowOf[code] = c.Row;
                if (official is null)
                    findings.Add(RuleCatalogue.CommuneUnknown.At(At("commune_code"), code, code));
                else if (district is not null && official.DistrictCode != district.Code)
                {
                    var actual = units.District(official.DistrictCode)!;
                    findings.Add(RuleCatalogue.CommuneNotInDistrict.At(At("commune_code"), code,
                        official.Name, official.Code, actual.Name, actual.Code, district.Code));
                }
                if (official is not null && c.CommuneName is { } name && !ReportInfoRules.SameUnitName(name, official.Name))
                    findings.Add(RuleCatalogue.CommuneNameMismatch.At(At("commune_name"), name, name, official.Code, official.Name));
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
        official is not null ? $"{official.Name} ({official.Code})"
        : c.CommuneName is { } name ? $"{name} ({c.CommuneCode})"
        : c.CommuneCode ?? $"dòng {c.Row}";

}
