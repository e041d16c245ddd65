using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Sheets;
using PovertyEtl.Validation.Rules;

namespace PovertyEtl.Validation;

/// <summary>
/// The rules that need no warehouse, sheet by sheet, as the single pass meets the sheets: the
/// metadata first (it fixes the units of the report's year), then communes and totals, support,
/// and the household list watched row by row. Pure: no file, no clock, no database; what they
/// find goes to the report's <see cref="FindingList"/>.
/// </summary>
public sealed class ReportRules(ReferenceData reference, FindingList findings)
{
    /// <param name="currentYear">This year, where the report stands: a review of a later year is an error.</param>
    public ReportScope CheckInfo(ReportInfo info, int currentYear) => ReportInfoRules.Check(info, reference, currentYear, findings);

    public void CheckCommunes(CommuneTable communes, ReportScope scope)
    {
        CommuneRules.Check(communes, scope, reference, findings);
        TotalsRowRule.Check(communes, findings);
    }

    public void CheckSupport(SupportTable support, CommuneTable? communes)
    {
        // Only when every TongHop code read can a commune be said not to be in TongHop (one cause, one error).
        var communeCodes = communes is not null && communes.Communes.Count > 0 && communes.Communes.All(c => c.CommuneCode is not null)
            ? communes.Communes.Select(c => c.CommuneCode!).ToHashSet(StringComparer.Ordinal) : null;
        SupportRules.Check(support, communeCodes, reference.Programs, findings);
    }

    /// <summary>The rules to watch the household list with, under the standard of the report's year.</summary>
    public HouseholdRules ForHouseholds(SheetLayout layout, CommuneTable? communes, ReportScope scope)
    {
        if (scope.Year is { } year && scope.Standard is null)
            findings.Add(RuleCatalogue.StandardMissing.InSheet(layout.SheetName, year));
        return new HouseholdRules(layout, communes, scope.Units, scope.Standard, scope.Year, reference.Ethnicities, findings);
    }
}
