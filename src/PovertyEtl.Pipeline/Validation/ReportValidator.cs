using PovertyEtl.Pipeline.Reading;
using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;
using PovertyEtl.Pipeline.Validation.Rules;

namespace PovertyEtl.Pipeline.Validation;

/// <summary>
/// Reads a report (a district's before the 2025 reform, a province's or a commune's after it) and
/// applies every rule that needs no warehouse, sheet by sheet, with the units of its year:
/// metadata, communes, totals, support, then the household list streamed through its rules.
/// Whoever loads the report watches the same stream through an <see cref="IHouseholdSink"/>,
/// so the list is read once.
/// </summary>
public sealed class ReportValidator(ReferenceData reference, TimeProvider time)
{
    public ReportCheck Check(string path, IHouseholdSink? sink = null)
    {
        var findings = new FindingList();
        ReportContents? contents = null;
        try
        {
            using var workbook = DistrictWorkbook.Open(path, reference, findings);
            if (workbook is not null) contents = Check(workbook, findings, sink);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or EndOfStreamException)
        {
            // The package opened but a part of it is damaged: the file is corrupt, not our fault.
            findings.Add(RuleCatalogue.FileCorrupt.InSheet(string.Empty, "một phần của tệp bị hỏng: " + e.Message));
        }
        return new ReportCheck(path, contents, findings.ToList(), findings.Errors, findings.Warnings);
    }

    private ReportContents Check(DistrictWorkbook workbook, FindingList findings, IHouseholdSink? sink)
    {
        var info = workbook.ReadInfo();
        sink?.Begin(info);
        var scope = ReportInfoRules.Check(info, reference, time.GetLocalNow().Year, findings);

        var communes = workbook.ReadCommunes();
        if (communes is not null)
        {
            CommuneRules.Check(communes, scope, reference, findings);
            TotalsRowRule.Check(communes, findings);
        }
        // Only when every TongHop code read can a commune be said not to be in TongHop (one cause, one error).
        var communeCodes = communes is not null && communes.Communes.Count > 0 && communes.Communes.All(c => c.CommuneCode is not null)
            ? communes.Communes.Select(c => c.CommuneCode!).ToHashSet(StringComparer.Ordinal) : null;

        var support = workbook.ReadSupport();
        if (support is not null) SupportRules.Check(support, communeCodes, reference.Programs, findings);

        if (workbook.OpenHouseholds(scope.Units) is { } households)
        {
            var year = info.Year?.Value;
            var standard = year is { } y ? reference.StandardFor(y) : null;
            if (year is not null && standard is null)
                findings.Add(RuleCatalogue.StandardMissing.InSheet(households.Layout.SheetName, year));
            var rules = new HouseholdRules(households.Layout, communes, scope.Units, standard, year, findings);
            foreach (var household in households.Households)
            {
                rules.Observe(household);
                sink?.Add(household);
            }
            rules.Complete();
        }
        return new ReportContents(info, communes, support, scope);
    }
}
