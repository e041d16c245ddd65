using System.Globalization;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>The years a chart covers: a colour each, a legend and a year after each label when there are several.</summary>
internal sealed class ChartYears(IEnumerable<int> years)
{
    private static readonly string[] Colours = ["#2f6db5", "#e08a1e", "#3a9a5b", "#8e5bb5", "#c23b3b"];

    private readonly List<int> _years = [.. years.Distinct().Order()];

    public string Colour(int year) => Colours[_years.IndexOf(year) % Colours.Length];

    public string Label(string label, int year) => label + (_years.Count > 1 ? $" · {year}" : string.Empty);

    /// <summary><c>2024, 2025</c>, for a title.</summary>
    public override string ToString() => string.Join(", ", _years);

    public IReadOnlyList<(string Fill, string Name)> Legend =>
        _years.Count > 1 ? [.. _years.Select(y => (Colour(y), y.ToString(CultureInfo.InvariantCulture)))] : [];
}
