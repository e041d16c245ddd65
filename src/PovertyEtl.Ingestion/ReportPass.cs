using PovertyEtl.Reading;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Validation;

namespace PovertyEtl.Ingestion;

/// <summary>
/// The single pass over one report (a district's before the 2025 reform, a province's or a
/// commune's after it): reading hands each sheet to the rules that need no warehouse, with the
/// units of the report's year: metadata, communes, totals, support, then the household list
/// streamed through its rules. Whoever loads the report watches the same stream through an
/// <see cref="IHouseholdSink"/>, so the list is read once and never held.
/// </summary>
public sealed class ReportPass(ReferenceData reference, TimeProvider time)
{
    public ReportCheck Check(string path, IHouseholdSink? sink = null)
    {
        var findings = new FindingList();
        var problems = new ReadProblemFindings(findings);
        ReportContents? contents = null;
        try
        {
            using var workbook = ReportWorkbook.Open(path, reference, problems);
            if (workbook is not null) contents = Check(workbook, findings, sink);
        }
        catch (Exception e) when (WorkbookDamage.Is(e))
        {
            // The package opened but a part of it is damaged: the file is corrupt, not our fault.
            findings.Add(RuleCatalogue.FileCorrupt.InSheet(string.Empty, "một phần của tệp bị hỏng: " + e.Message));
        }
        return new ReportCheck(path, contents, findings.ToList(), findings.Errors, findings.Warnings);
    }

    /// <summary>
    /// Checks the files <paramref name="width"/> at once, handing the verdicts back in the order of
    /// the files: at most that many are open or held at a time.
    /// </summary>
    public IEnumerable<(string Path, ReportCheck Check)> CheckInOrder(IReadOnlyList<string> paths, int width)
    {
        var ahead = new Queue<(string, Task<ReportCheck>)>();
        var next = 0;
        while (next < paths.Count || ahead.Count > 0)
        {
            while (ahead.Count < Math.Max(1, width) && next < paths.Count)
            {
                var path = paths[next++];
                ahead.Enqueue((path, Task.Run(() => Check(path))));
            }
            var (file, check) = ahead.Dequeue();
            yield return (file, check.GetAwaiter().GetResult());
        }
    }

    private ReportContents Check(ReportWorkbook workbook, FindingList findings, IHouseholdSink? sink)
    {
        var rules = new ReportRules(reference, findings);
        var info = workbook.ReadInfo();
        sink?.Begin(info);
        var scope = rules.CheckInfo(info, time.GetLocalNow().Year);

        var communes = workbook.ReadCommunes();
        if (communes is not null) rules.CheckCommunes(communes, scope);

        var support = workbook.ReadSupport();
        if (support is not null) rules.CheckSupport(support, communes);

        if (workbook.OpenHouseholds(scope.Units, scope.Indicators) is { } households)
        {
            var householdRules = rules.ForHouseholds(households.Layout, communes, scope);
            foreach (var household in households.Households)
            {
                householdRules.Observe(household);
                sink?.Add(household);
            }
            householdRules.Complete();
        }
        return new ReportContents(info, communes, support, scope);
    }
}
