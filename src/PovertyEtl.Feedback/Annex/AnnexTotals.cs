using PovertyEtl.Ingestion.Figures;

namespace PovertyEtl.Feedback.Annex;

/// <summary>
/// The province's totals row: the sums of its units' lines (its rates are then computed from these
/// sums, never averaged). A count any unit lacks is lacking for the province too.
/// </summary>
internal static class AnnexTotals
{
    public static AnnexLine Of(string provinceCode, string provinceName, IReadOnlyList<AnnexLine> lines) => new(
        provinceCode,
        provinceName,
        lines.Sum(l => l.Communes),
        lines.Sum(l => l.TotalHouseholds),
        lines.Sum(l => l.PoorEnd),
        lines.Sum(l => l.NearPoorEnd),
        SumOfAll(lines, l => l.PoorNoLabourEnd),
        SumOfAll(lines, l => l.NearPoorNoLabourEnd),
        SumOfAll(lines, l => l.PoorEthnicMinorityEnd));

    private static long? SumOfAll(IReadOnlyList<AnnexLine> lines, Func<AnnexLine, long?> count) =>
        lines.All(l => count(l).HasValue) ? lines.Sum(l => count(l)!.Value) : null;
}
