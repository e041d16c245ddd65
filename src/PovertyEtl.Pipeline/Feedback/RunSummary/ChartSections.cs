using System.Text;
using static PovertyEtl.Pipeline.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Pipeline.Feedback.RunSummary;

/// <summary>
/// The two charts of the years the run loaded, over every district of the provinces it
/// loaded (so a district is seen beside its neighbours): the poor-household rate, and how many
/// communes are under the threshold. Districts loaded by this run are in bold.
/// </summary>
internal static class ChartSections
{
    private static readonly string[] YearColours = ["#2f6db5", "#e08a1e", "#3a9a5b", "#8e5bb5", "#c23b3b"];
    private const string Under = "#3a9a5b";
    private const string NotUnder = "#c9ced6";

    public static void Write(StringBuilder html, RunSummaryContent content)
    {
        var figures = content.Figures;
        if (figures.Count == 0)
        {
            html.Append("<section id=\"charts\"><h2>Biểu đồ</h2><p class=\"note\">Lượt này không nạp tệp nào nên không có biểu đồ.</p></section>");
            return;
        }
        var years = figures.Select(f => f.Year).Distinct().Order().ToList();
        // With its code: a province may have a district and a town of one name (Duyên Hải 850 and 851).
        string Label(DistrictYearFigures f) => $"{f.DistrictName} ({f.DistrictCode})" + (years.Count > 1 ? $" · {f.Year}" : string.Empty);
        string Colour(int year) => YearColours[years.IndexOf(year) % YearColours.Length];
        var yearsText = string.Join(", ", years);

        var rates = figures.Select(f => new BarRow(Label(f), content.LoadedNow(f),
            [new BarSegment((double)(f.PoorRatePct ?? 0), Colour(f.Year), $"{f.DistrictName} {f.Year}: {Percent(f.PoorRatePct)}")],
            Percent(f.PoorRatePct))).ToList();
        Section(html, "poverty-rate", $"Tỷ lệ hộ nghèo theo huyện, năm {yearsText}",
            "Hộ nghèo cuối kỳ trên tổng số hộ (mart.poverty_district_year).",
            BarChart.Svg($"Tỷ lệ hộ nghèo theo huyện, năm {yearsText}", rates, v => Threshold((decimal)v),
                years.Count > 1 ? [.. years.Select(y => (Colour(y), y.ToString(System.Globalization.CultureInfo.InvariantCulture)))] : []));

        var threshold = Threshold(content.Threshold);
        var communes = figures.Select(f => new BarRow(Label(f), content.LoadedNow(f),
            [
                new BarSegment(f.CommunesUnderThreshold, Under, $"{f.DistrictName} {f.Year}: {f.CommunesUnderThreshold} xã dưới {threshold}"),
                new BarSegment(f.Communes - f.CommunesUnderThreshold, NotUnder, $"{f.DistrictName} {f.Year}: {f.Communes - f.CommunesUnderThreshold} xã từ {threshold} trở lên"),
            ],
            $"{f.CommunesUnderThreshold}/{f.Communes} xã")).ToList();
        Section(html, "communes-under-threshold", $"Số xã có tỷ lệ hộ nghèo dưới {threshold}, năm {yearsText}",
            "Xã, phường, thị trấn có tỷ lệ hộ nghèo dưới ngưỡng (mart.poverty_commune_year; ngưỡng đặt ở Reports:PovertyRateThreshold).",
            BarChart.Svg($"Số xã có tỷ lệ hộ nghèo dưới {threshold}", communes, v => Count((long)v),
                [(Under, $"Dưới {threshold}"), (NotUnder, $"Từ {threshold} trở lên")]));
    }

    private static void Section(StringBuilder html, string id, string title, string note, string svg) =>
        html.Append($"<section id=\"{id}\"><h2>{Encode(title)}</h2><p class=\"note\">{Encode(note)} Huyện in đậm: có tệp nạp trong lượt này.</p>")
            .Append(svg).Append("</section>");
}
