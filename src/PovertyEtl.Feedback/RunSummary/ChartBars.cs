using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>The two kinds of bar the charts draw, whatever unit a row is: a poor-household rate, and communes under the threshold.</summary>
internal static class ChartBars
{
    private const string Under = "#3a9a5b";
    private const string NotUnder = "#c9ced6";

    /// <summary>A rate bar; <paramref name="who"/> names the unit and year in the tooltip, <paramref name="figure"/> is written after the bar.</summary>
    public static BarRow Rate(string label, bool emphasised, string who, decimal? rate, string colour, string? figure = null) =>
        new(label, emphasised, [new BarSegment((double)(rate ?? 0), colour, $"{who}: {Percent(rate)}")], figure ?? Percent(rate));

    /// <summary>The communes under the threshold, stacked over those at or above it.</summary>
    public static BarRow UnderThreshold(string label, bool emphasised, string who, long under, long communes, string threshold) =>
        new(label, emphasised,
        [
            new BarSegment(under, Under, $"{who}: {under} xã dưới {threshold}"),
            new BarSegment(communes - under, NotUnder, $"{who}: {communes - under} xã từ {threshold} trở lên"),
        ],
        $"{under}/{communes} xã");

    public static IReadOnlyList<(string Fill, string Name)> UnderThresholdLegend(string threshold) =>
        [(Under, $"Dưới {threshold}"), (NotUnder, $"Từ {threshold} trở lên")];
}
