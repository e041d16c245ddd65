using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// Decides a report's figures: the listed households spread over its communes, each commune's
/// stocks and flows balanced, its size such that poor and near-poor are a plausible share, and
/// its ethnic make-up and support.
/// </summary>
internal static class ReportModelBuilder
{
    public static ReportModel Build(ReportingUnit unit, int year, long households, ReferenceData reference, Random random)
    {
        var standard = reference.StandardFor(year) ?? throw new ArgumentException($"no poverty standard is configured for {year}", nameof(year));
        var ethnicities = EthnicMix.For(unit.Province.Code, reference.Ethnicities);
        var communes = unit.Communes;
        var listed = Spread(households, communes.Count, random);
        var models = communes.Select((commune, i) => Commune(commune, listed[i], ethnicities, reference.Programs, random)).ToList();
        // Reports are drawn up in the first half of December, when the review ends.
        var reportDate = new DateOnly(year, 12, (int)random.Between(1, 20));
        var preparedBy = PersonNames.Official(random);
        var chairman = PersonNames.Official(random);
        // Drawn last, so that every figure drawn before it keeps, for a given seed, the value it had before this count existed.
        // Near-poor households more often have someone able to work than poor ones: up to a tenth of them (of the poor, a
        // fifth), rounded up so that a small commune may have one.
        models = [.. models.Select(m => m with { NearPoorNoLabour = random.Between(0, (m.NearPoor.End + 9) / 10) })];
        return new ReportModel(unit, year, reportDate, preparedBy, chairman, standard, ethnicities, models);
    }

    private static CommuneModel Commune(Commune commune, long listed, EthnicMix ethnicities, Vocabulary programs, Random random)
    {
        // Poverty runs deeper in some communes: between a third and two thirds of the listed are poor.
        var poorEnd = (long)Math.Round(listed * (0.35 + 0.3 * random.NextDouble()));
        var nearPoorEnd = listed - poorEnd;
        // A commune has 1,500 to 6,000 households; the listed are at most a quarter of them.
        var total = Math.Max(random.Between(1_500, 6_000), (long)Math.Ceiling(listed / 0.25));
        var poorNew = random.Between(0, poorEnd / 6);
        var poorReturned = random.Between(0, Math.Min(poorEnd - poorNew, poorEnd / 20 + 1));
        var poor = Flows.Balanced(poorEnd, random.Between(poorEnd / 8, poorEnd / 3 + 1), poorNew, poorReturned);
        var nearPoor = Flows.Balanced(nearPoorEnd, random.Between(nearPoorEnd / 8, nearPoorEnd / 3 + 1), random.Between(0, nearPoorEnd / 4), 0);
        var share = ethnicities.CommuneShare(random);
        // Minority households are poorer than average, so their share among the poor is higher.
        var poorMinority = Math.Min(poorEnd, (long)Math.Round(poorEnd * Math.Min(1.0, share * 1.4)));
        return new CommuneModel(commune, AreaCodes.FromCommuneType(commune.Type), total, poor, nearPoor, poorMinority,
            random.Between(0, poorEnd / 5), share, SupportPlanner.For(listed, programs, random));
    }

    /// <summary>Splits <paramref name="total"/> over <paramref name="parts"/> unequal shares that add up exactly.</summary>
    private static long[] Spread(long total, int parts, Random random)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 0.4 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        var shares = weights.Select(w => (long)Math.Floor(total * w / sum)).ToArray();
        for (var left = total - shares.Sum(); left > 0; left--) shares[random.Next(parts)]++;
        return shares;
    }
}
