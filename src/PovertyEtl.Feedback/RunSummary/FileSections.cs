using System.Globalization;
using System.Text;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Files;
using PovertyEtl.Validation;
using static PovertyEtl.Feedback.RunSummary.HtmlText;

namespace PovertyEtl.Feedback.RunSummary;

/// <summary>
/// The files of the run, by what became of them: rejected first (the officers' work to do, with
/// the findings that matter most), then faults on our side, loaded (and what each replaced),
/// duplicates. An empty group is left out.
/// </summary>
internal static class FileSections
{
    /// <summary>How many findings of a rejected file the page shows; the findings file beside it has them all.</summary>
    public const int TopFindings = 5;

    public static void Write(StringBuilder html, RunSummaryContent content)
    {
        var files = content.Report.Files;
        string Year(FileOutcome f) => f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";

        Table(html, "attention", "Tệp cần xem lại", "Đã ghi nhận nhưng chưa chuyển được khỏi hộp thư đến, bị cách ly, hoặc không phải tệp thường.",
            ["Tệp", "Kết quả", "Ghi chú"], files.Where(NeedsAttention), f => [Encode(f.File), Encode(f.Status.Code()), Encode(f.Fault)]);
        Table(html, "rejected", "Tệp bị từ chối", "Không nạp phần nào của các tệp này; đơn vị báo cáo cần sửa và gửi lại.",
            ["Tệp", "Đơn vị báo cáo", "Năm", "Lỗi", "Cảnh báo", "Lỗi chính"], files.Where(f => f.Status == FileOutcomeStatus.Rejected),
            f => [Encode(f.File), Encode(content.UnitName(f)), Year(f), Count(f.Errors), Count(f.Warnings), Findings(f)]);
        Table(html, "failed", "Lỗi hệ thống", "Lỗi phía kho dữ liệu hoặc ổ đĩa; tệp được giữ lại để nạp ở lượt sau.",
            ["Tệp", "Lỗi"], files.Where(f => f.Status == FileOutcomeStatus.Failed), f => [Encode(f.File), Encode(f.Fault)]);
        Table(html, "loaded", "Tệp đã nạp", null,
            ["Tệp", "Đơn vị báo cáo", "Năm", "Số dòng", "Cảnh báo", "Thay thế"], files.Where(f => f.Status == FileOutcomeStatus.Loaded),
            f => [Encode(f.File), Encode(content.UnitName(f)), Year(f), Count(f.RowsLoaded), Count(f.Warnings), Superseded(f, content)]);
        Table(html, "duplicate", "Tệp trùng", "Đã nạp đúng nội dung này trước đây; không có gì thay đổi.",
            ["Tệp", "Đơn vị báo cáo", "Năm"], files.Where(f => f.Status == FileOutcomeStatus.Duplicate), f => [Encode(f.File), Encode(content.UnitName(f)), Year(f)]);
    }

    /// <summary>A file someone must look at whatever its status: not moved (yet, or for several runs), set aside, or a link left in place.</summary>
    private static bool NeedsAttention(FileOutcome file) =>
        file.Note is FileNote.PlacementPending or FileNote.PlacementStuck or FileNote.Quarantined or FileNote.NotARegularFile;

    private static void Table(StringBuilder html, string id, string title, string? note, string[] headers, IEnumerable<FileOutcome> files,
        Func<FileOutcome, string[]> cells)
    {
        var list = files.ToList();
        if (list.Count == 0) return;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"><h2>{Encode(title)} <span class=\"count\">{list.Count}</span></h2>");
        if (note is not null) html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Encode(note)}</p>");
        html.Append("<table><thead><tr>");
        foreach (var header in headers) html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(header)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var file in list)
        {
            html.Append("<tr>");
            foreach (var cell in cells(file)) html.Append(CultureInfo.InvariantCulture, $"<td>{cell}</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table></section>");
    }

    private static string Findings(FileOutcome file)
    {
        var top = file.Findings.Where(f => f.Severity == Severity.Error).Concat(file.Findings.Where(f => f.Severity == Severity.Warning))
            .Take(TopFindings).ToList();
        var html = new StringBuilder("<ul class=\"findings\">");
        foreach (var f in top)
            html.Append(CultureInfo.InvariantCulture, $"<li><code>{Encode(f.Cell.Length > 0 ? f.Cell : f.Sheet.Length > 0 ? f.Sheet : "(tệp)")}</code> ")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"rule\">{Encode(f.Rule)}</span> {Encode(f.Message)}</li>");
        var more = file.Errors + file.Warnings - top.Count;
        if (more > 0) html.Append(CultureInfo.InvariantCulture, $"<li class=\"more\">… và {Count(more)} vấn đề khác (xem tệp .findings.txt bên cạnh tệp bị từ chối)</li>");
        return html.Append("</ul>").ToString();
    }

    private static string Superseded(FileOutcome file, RunSummaryContent content) =>
        file.SupersededLoadId is not { } old ? string.Empty
        : content.SupersededFiles.TryGetValue(old, out var name) ? $"lần nạp {old}: {Encode(name)}"
        : $"lần nạp {old}";
}
