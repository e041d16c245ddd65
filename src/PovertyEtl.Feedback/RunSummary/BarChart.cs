using System.Globalization;
using System.Text;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>One part of a bar: its length in the chart's unit, its colour and what hovering it says.</summary>
internal sealed record BarSegment(double Value, string Fill, string Tooltip);

/// <summary>A row of a bar chart: its label (bold when <see cref="Emphasised"/>), its stacked segments and the figure written after them.</summary>
internal sealed record BarRow(string Label, bool Emphasised, IReadOnlyList<BarSegment> Segments, string Figure);

/// <summary>
/// A horizontal bar chart as inline SVG: one labelled row per item, segments stacked, a figure
/// after each bar, a scale of round steps with grid lines, and a legend. Horizontal because
/// district names are long and many; drawn here because the page must need nothing from elsewhere.
/// </summary>
internal static class BarChart
{
    private const double Width = 960, LabelWidth = 250, FigureWidth = 110, RowHeight = 28, BarHeight = 18, Top = 56, Bottom = 12;

    public static string Svg(string title, IReadOnlyList<BarRow> rows, Func<double, string> scaleLabel, IReadOnlyList<(string Fill, string Name)> legend)
    {
        var (step, max) = Scale(rows.Count == 0 ? 0 : rows.Max(r => r.Segments.Sum(s => s.Value)));
        var left = LabelWidth + 10;
        var plot = Width - left - FigureWidth;
        double X(double value) => left + plot * value / max;
        var height = Top + rows.Count * RowHeight + Bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {HtmlText.Number(height)}\" role=\"img\" class=\"chart\">")
           .Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Encode(title)}</title>");
        var legendX = left;
        foreach (var (fill, name) in legend)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{HtmlText.Number(legendX)}\" y=\"6\" width=\"14\" height=\"14\" rx=\"2\" fill=\"{fill}\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Number(legendX + 20)}\" y=\"18\" class=\"legend\">{HtmlText.Encode(name)}</text>");
            legendX += 40 + name.Length * 7.5;
        }
        for (var tick = 0.0; tick <= max + step / 2; tick += step)
        {
            var x = HtmlText.Number(X(tick));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Top - 6}\" y2=\"{HtmlText.Number(height - Bottom)}\" class=\"grid\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Top - 12}\" text-anchor=\"middle\" class=\"scale\">{HtmlText.Encode(scaleLabel(tick))}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * RowHeight;
            var middle = HtmlText.Number(y + RowHeight / 2 + 4);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{middle}\" text-anchor=\"end\" class=\"{(row.Emphasised ? "label strong" : "label")}\">{HtmlText.Encode(row.Label)}</text>");
            var start = 0.0;
            foreach (var segment in row.Segments.Where(s => s.Value > 0))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{HtmlText.Number(X(start))}\" y=\"{HtmlText.Number(y + (RowHeight - BarHeight) / 2)}\" ")
                   .Append(CultureInfo.InvariantCulture, $"width=\"{HtmlText.Number(X(start + segment.Value) - X(start))}\" height=\"{BarHeight}\" fill=\"{segment.Fill}\">")
                   .Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Encode(segment.Tooltip)}</title></rect>");
                start += segment.Value;
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{HtmlText.Number(X(start) + 6)}\" y=\"{middle}\" class=\"figure\">{HtmlText.Encode(row.Figure)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A step of 1, 2 or 5 times a power of ten giving about five divisions, and the scale's end.</summary>
    private static (double Step, double Max) Scale(double largest)
    {
        if (largest <= 0) return (1, 1);
        var rough = largest / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        return (step, Math.Ceiling(largest / step) * step);
    }
}
