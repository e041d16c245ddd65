namespace PovertyEtl.Domain.Reports;

/// <summary>
/// A poverty rate as the reviews state it and the mart computes it: <c>100 × households / total</c>,
/// rounded half away from zero to 2 places; none when there are no households. A rate of several
/// units is always this of their sums, never an average of their rates.
/// </summary>
public static class PovertyRate
{
    public static decimal? Percent(long households, long total) =>
        total == 0 ? null : Math.Round(100m * households / total, 2, MidpointRounding.AwayFromZero);
}
