using PovertyEtl.Reading.Sheets;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Validation.Rules;

/// <summary>
/// A commune's year is reported once. After the 2025 reform a province's report and a commune's
/// own report could both cover one commune, and the mart would count it twice: the second is an
/// error at that commune's row, naming the report that already holds it.
/// </summary>
public static class ReportedOnceRule
{
    public static IReadOnlyList<Finding> Check(CommuneTable communes, int year, IReadOnlyList<CommuneReportedElsewhere> elsewhere, AdministrativeUnits units)
    {
        var byCode = elsewhere.GroupBy(e => e.CommuneCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var c in communes.Communes)
        {
            if (c.CommuneCode is not { } code || !byCode.TryGetValue(code, out var other) || communes.Layout.Cell("commune_code", c.Row) is not { } cell) continue;
            findings.Add(RuleCatalogue.CommuneReportedElsewhere.At(cell, code, CommuneRules.Label(c, units.Commune(code)), year,
                ReportingUnitName.Of(other.ReportingUnit, units: units), other.FileName));
        }
        return findings;
    }
}
