using System.Globalization;
using System.Text;
using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// The charts of the years the run loaded: by district for the years before the 2025 reform
/// (<see cref="DistrictCharts"/>), by province or commune for the years after it
/// (<see cref="ReformCharts"/>); a run that loaded nothing says so instead.
/// </summary>
internal static class ChartSections
{
    public static void Write(StringBuilder html, RunSummaryContent content)
    {
        if (content.Figures.Count == 0 && content.Reform.Provinces.Count == 0)
        {
            html.Append("<section id=\"charts\"><h2>Biểu đồ</h2><p class=\"note\">Lượt này không nạp tệp nào nên không có biểu đồ.</p></section>");
            return;
        }
        if (content.Figures.Count > 0) DistrictCharts.Write(html, content);
        if (content.Reform.Provinces.Count > 0) ReformCharts.Write(html, content);
    }

    /// <summary>A chart under its title, with a note saying where the figures come from and what bold means.</summary>
    public static void Section(StringBuilder html, string id, string title, string note, string emphasis, string svg) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"><h2>{Encode(title)}</h2><p class=\"note\">{Encode(note)} {Encode(emphasis)}</p>")
            .Append(svg).Append("</section>");
}
