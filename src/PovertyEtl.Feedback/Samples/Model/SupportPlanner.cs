using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// The support a commune reports: a few of the programs, each reaching part of its poor and
/// near-poor households, at a cost per beneficiary typical of the program (millions of đồng).
/// </summary>
internal static class SupportPlanner
{
    private static readonly Dictionary<string, (decimal Min, decimal Max)> CostPerBeneficiary = new(StringComparer.Ordinal)
    {
        ["LOAN"] = (30m, 60m), ["TRAIN"] = (2m, 4m), ["JOB"] = (0.5m, 1.5m), ["EXPORT"] = (10m, 30m),
        ["HOUSE"] = (40m, 60m), ["HEALTH"] = (0.7m, 1m), ["LIVELIHOOD"] = (5m, 15m),
    };

    public static IReadOnlyList<SupportGrant> For(long listed, Vocabulary programs, Random random)
    {
        var count = (int)random.Between(Math.Min(2, programs.Terms.Count), Math.Min(5, programs.Terms.Count));
        return Enumerable.Range(0, programs.Terms.Count).OrderBy(_ => random.Next()).Take(count).Order()
            .Select(i => programs.Terms[i])
            .Select(program =>
            {
                var beneficiaries = Math.Max(1, (long)Math.Round(listed * (0.05 + 0.4 * random.NextDouble())));
                var (min, max) = CostPerBeneficiary.GetValueOrDefault(program.Code, (1m, 5m));
                var cost = min + (max - min) * (decimal)random.NextDouble();
                return new SupportGrant(program, beneficiaries, Math.Round(beneficiaries * cost, 1));
            })
            .ToList();
    }
}
