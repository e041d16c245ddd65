namespace PovertyEtl.Domain.Findings;

/// <summary>
/// Collects a file's findings. A rule that fires on every row of a 300,000-row sheet lists its
/// first <see cref="PerRuleLimit"/> places and then one line saying how many more: the officer
/// needs the pattern, not the whole list, and memory stays bounded. Counts stay exact.
/// </summary>
public sealed class FindingList
{
    public const int PerRuleLimit = 100;
    private readonly List<Finding> _listed = [];
    private readonly Dictionary<string, int> _perRule = new(StringComparer.Ordinal);

    public int Errors { get; private set; }
    public int Warnings { get; private set; }

    public void Add(Finding finding)
    {
        if (finding.Severity == Severity.Error) Errors++;
        else if (finding.Severity == Severity.Warning) Warnings++;
        var count = _perRule[finding.Rule] = _perRule.GetValueOrDefault(finding.Rule) + 1;
        if (count <= PerRuleLimit) _listed.Add(finding);
    }

    public bool HasErrors => Errors > 0;

    /// <summary>The listed findings, in the order found, then one note per rule that had more.</summary>
    public IReadOnlyList<Finding> ToList()
    {
        var result = new List<Finding>(_listed);
        foreach (var (rule, count) in _perRule)
        {
            if (count <= PerRuleLimit) continue;
            var last = _listed.Last(f => f.Rule == rule);
            result.Add(RuleCatalogue.MoreFindings.InSheet(last.Sheet, count - PerRuleLimit, rule));
        }
        return result;
    }
}
