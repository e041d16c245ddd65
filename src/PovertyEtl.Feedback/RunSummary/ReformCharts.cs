using PovertyEtl.Ingestion.Figures;
using System.Text;
using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// The charts of the years from 2025 the run loaded, when districts no longer exist: the
/// poor-household rate by commune when the run's reports are of one province (its province-wide
/// rate in the note), by province when they are of several; and the communes under the threshold
/// per province. What the run loaded is in bold.
/// </summary>
internal static class ReformCharts
{
    public static void Write(StringBuilder html, RunSummaryContent content)
    {
        var reform = content.Reform;
        var years = new ChartYears(reform.Provinces.Select(f => f.Year));
        if (reform.Loaded.Select(l => l.Province).Distinct().Count() == 1) CommuneRates(html, content, years);
        else ProvinceRates(html, content, years);
        UnderThreshold(html, content, years);
    }

    private static void CommuneRates(StringBuilder html, RunSummaryContent content, ChartYears years)
    {
        var code = content.Reform.Loaded.First().Province;
        var provinceYears = content.Reform.Provinces.Where(p => p.ProvinceCode == code).ToList();
        var province = $"{provinceYears.FirstOrDefault()?.ProvinceName ?? "Tỉnh"} ({code})";
        var rows = content.Reform.Communes.Select(f => ChartBars.Rate(years.Label($"{f.CommuneName} ({f.CommuneCode})", f.Year), content.LoadedNow(f),
            $"{f.CommuneName} {f.Year}", f.PoorRatePct, years.Colour(f.Year))).ToList();
        var wholeProvince = string.Join("; ", provinceYears.Select(p =>
            $"toàn tỉnh năm {p.Year}: {Percent(p.PoorRatePct)}, {Count(p.CommunesReporting)}/{Count(p.CommunesExpected)} xã có số liệu"));
        ChartSections.Section(html, "commune-poverty-rate", $"Tỷ lệ hộ nghèo theo xã của {province}, năm {years}",
            $"Hộ nghèo cuối kỳ trên tổng số hộ (mart.poverty_commune_year); {wholeProvince} (mart.poverty_province_series).",
            "Xã in đậm: số liệu từ tệp nạp trong lượt này.",
            BarChart.Svg($"Tỷ lệ hộ nghèo theo xã của {province}, năm {years}", rows, v => Threshold((decimal)v), years.Legend));
    }

    private static void ProvinceRates(StringBuilder html, RunSummaryContent content, ChartYears years)
    {
        // A province not every commune of which has figures has no rate (the mart withholds a figure that cannot be compared): the bar says how many reported.
        var rows = content.Reform.Provinces.Select(f => ChartBars.Rate(Label(f, years), content.LoadedNow(f), Who(f), f.PoorRatePct, years.Colour(f.Year),
            Percent(f.PoorRatePct) + (f.Partial ? $" · {Count(f.CommunesReporting)}/{Count(f.CommunesExpected)} xã" : string.Empty))).ToList();
        ChartSections.Section(html, "province-poverty-rate", $"Tỷ lệ hộ nghèo theo tỉnh, năm {years}",
            "Hộ nghèo cuối kỳ trên tổng số hộ (mart.poverty_province_series); tỉnh chưa đủ số liệu mọi xã thì không có tỷ lệ, chỉ ghi số xã đã có.", "Tỉnh in đậm: có tệp nạp trong lượt này.",
            BarChart.Svg($"Tỷ lệ hộ nghèo theo tỉnh, năm {years}", rows, v => Threshold((decimal)v), years.Legend));
    }

    private static void UnderThreshold(StringBuilder html, RunSummaryContent content, ChartYears years)
    {
        var threshold = Threshold(content.Threshold);
        var rows = content.Reform.Provinces.Select(f =>
            ChartBars.UnderThreshold(Label(f, years), content.LoadedNow(f), Who(f), f.CommunesUnderThreshold, f.CommunesReporting, threshold)).ToList();
        ChartSections.Section(html, "province-communes-under-threshold", $"Số xã có tỷ lệ hộ nghèo dưới {threshold} theo tỉnh, năm {years}",
            "Xã, phường, đặc khu có tỷ lệ hộ nghèo dưới ngưỡng, trên số xã có số liệu (mart.poverty_commune_year; ngưỡng đặt ở Reports:PovertyRateThreshold).",
            "Tỉnh in đậm: có tệp nạp trong lượt này.",
            BarChart.Svg($"Số xã có tỷ lệ hộ nghèo dưới {threshold} theo tỉnh", rows, v => Count((long)v), ChartBars.UnderThresholdLegend(threshold)));
    }

    private static string Label(ProvinceYearFigures f, ChartYears years) => years.Label($"{f.ProvinceName} ({f.ProvinceCode})", f.Year);

    private static string Who(ProvinceYearFigures f) => $"{f.ProvinceName} {f.Year}";
}
