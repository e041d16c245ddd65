using System.Globalization;
using System.Text;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// The HTML of a run summary: one self-contained page (inline CSS and SVG, no script, no link
/// to anything) that shows an operator the run at a glance, in Vietnamese: the counts, the
/// files by outcome, then the charts.
/// </summary>
internal static class RunSummaryPage
{
    public static string Render(RunSummaryContent content)
    {
        var report = content.Report;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append(CultureInfo.InvariantCulture, $"<title>Tóm tắt lượt nạp {Encode(report.RunId)}</title><style>{PageStyle.Css}</style></head><body><main>");
        Header(html, content);
        Tiles(html, content);
        FileSections.Write(html, content);
        ChartSections.Write(html, content);
        html.Append(CultureInfo.InvariantCulture, $"<footer>Trang do PovertyEtl tạo lúc {Time(content.WrittenAt)}.</footer></main></body></html>");
        return html.ToString();
    }

    private static void Header(StringBuilder html, RunSummaryContent content)
    {
        var report = content.Report;
        var trigger = report.Trigger == "schedule" ? "theo lịch" : "chạy tay";
        var verdict = report.Status switch
        {
            RunStatus.Failed => "Có lỗi hệ thống: một số tệp chờ lượt sau",
            RunStatus.Interrupted => "Bị dừng giữa chừng: các tệp còn lại chờ lượt sau",
            _ => "Hoàn thành",
        };
        html.Append("<header><h1>Tóm tắt lượt nạp dữ liệu</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Lượt {Encode(report.RunId)} · {trigger} · từ {Time(report.StartedAt)} đến {Time(report.FinishedAt)} ")
            .Append(CultureInfo.InvariantCulture, $"({Encode(Duration(report.FinishedAt - report.StartedAt))}) · {Count(report.Files.Count)} tệp</p>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"status {Encode(report.Status.Code())}\">{verdict}</p></header>");
    }

    private static void Tiles(StringBuilder html, RunSummaryContent content)
    {
        var files = content.Report.Files;
        int Of(FileOutcomeStatus status) => files.Count(f => f.Status == status);
        html.Append("<div class=\"tiles\">");
        foreach (var (css, count, label) in new[]
                 {
                     (LoadStatus.Loaded, Of(FileOutcomeStatus.Loaded), "Đã nạp"),
                     (LoadStatus.Rejected, Of(FileOutcomeStatus.Rejected), "Bị từ chối"),
                     (LoadStatus.Duplicate, Of(FileOutcomeStatus.Duplicate), "Trùng (đã có)"),
                     (LoadStatus.Superseded, files.Count(f => f.SupersededLoadId is not null), "Thay thế bản cũ"),
                     (LoadStatus.Failed, Of(FileOutcomeStatus.Failed), "Lỗi hệ thống"),
                 })
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"tile {css.Code()}\"><b>{Count(count)}</b><span>{label}</span></div>");
        html.Append("</div>");
    }

    private static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} phút {span.Seconds} giây" : span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " giây";
}
