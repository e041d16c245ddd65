using PovertyEtl.Ingestion.Figures;
using System.Text;
using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// The two charts of the years before the 2025 reform the run loaded, over every district of the
/// provinces it loaded (so a district is seen beside its neighbours): the poor-household rate,
/// and how many communes are under the threshold. Districts loaded by this run are in bold.
/// </summary>
internal static class DistrictCharts
{
    private const string Emphasis = "Huyện in đậm: có tệp nạp trong lượt này.";

    public static void Write(StringBuilder html, RunSummaryContent content)
    {
        var figures = content.Figures;
        var years = new ChartYears(figures.Select(f => f.Year));
        // With its code: a province may have a district and a town of one name (Duyên Hải 850 and 851).
        string Label(DistrictYearFigures f) => years.Label($"{f.DistrictName} ({f.DistrictCode})", f.Year);
        string Who(DistrictYearFigures f) => $"{f.DistrictName} {f.Year}";

        var rates = figures.Select(f => ChartBars.Rate(Label(f), content.LoadedNow(f), Who(f), f.PoorRatePct, years.Colour(f.Year))).ToList();
        ChartSections.Section(html, "poverty-rate", $"Tỷ lệ hộ nghèo theo huyện, năm {years}",
            "Hộ nghèo cuối kỳ trên tổng số hộ (mart.poverty_district_year).", Emphasis,
            BarChart.Svg($"Tỷ lệ hộ nghèo theo huyện, năm {years}", rates, v => Threshold((decimal)v), years.Legend));

        var threshold = Threshold(content.Threshold);
        var communes = figures.Select(f => ChartBars.UnderThreshold(Label(f), content.LoadedNow(f), Who(f), f.CommunesUnderThreshold, f.Communes, threshold)).ToList();
        ChartSections.Section(html, "communes-under-threshold", $"Số xã có tỷ lệ hộ nghèo dưới {threshold}, năm {years}",
            "Xã, phường, thị trấn có tỷ lệ hộ nghèo dưới ngưỡng (mart.poverty_commune_year; ngưỡng đặt ở Reports:PovertyRateThreshold).", Emphasis,
            BarChart.Svg($"Số xã có tỷ lệ hộ nghèo dưới {threshold}", communes, v => Count((long)v), ChartBars.UnderThresholdLegend(threshold)));
    }
}
