using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Feedback.Templates;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Portal.Submissions;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// The officer's pages: <c>/</c> (upload), <c>POST /submissions</c> (→ 303 to the submission),
/// <c>/submissions</c> (mine), <c>/submissions/{id}</c> (the verdict, every finding, the annotated
/// copy), <c>/submissions/{id}/annotated</c>, <c>/template?year=</c>. Not signed in: to <c>/signin</c>.
/// </summary>
internal static class SubmissionPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", UploadPageAsync);
        app.MapPost("/submissions", SubmitAsync).RequireRateLimiting(PortalWeb.UploadLimit);
        app.MapGet("/submissions", ListAsync);
        app.MapGet("/submissions/{id}", DetailAsync);
        app.MapGet("/submissions/{id}/annotated", AnnotatedAsync);
        app.MapGet("/template", TemplateAsync);
    }

    private static async Task<IResult> UploadPageAsync(HttpContext context, PortalWarehouses warehouses, ReferenceData reference, PortalOptions options,
        TimeProvider time)
    {
        var account = await warehouses.UseAsync(store => Visitor.FromCookieAsync(context, store, context.RequestAborted), context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        var token = PortalForms.TokenInput(context);
        var year = time.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture);
        var body = $"<p>Đơn vị: <strong>{Html.E(AccountUnit.Describe(account.UnitCode, reference))}</strong></p>\n" +
                   "<form method=\"post\" action=\"/submissions\" enctype=\"multipart/form-data\" class=\"stack\">" + token +
                   $"<label>Tệp báo cáo (.xlsx, .xlsm, .xls; tối đa {options.MaxUploadMegabytes} MB) <input type=\"file\" name=\"file\" accept=\".xlsx,.xlsm,.xls\" required></label>" +
                   "<button type=\"submit\">Nộp và kiểm tra</button></form>\n" +
                   "<p>Kết quả kiểm tra hiện ngay sau khi nộp; báo cáo hợp lệ được đưa vào hàng chờ nạp.</p>\n" +
                   $"<form method=\"get\" action=\"/template\" class=\"stack\"><label>Tải mẫu báo cáo trống cho năm <input type=\"number\" name=\"year\" value=\"{year}\" min=\"2000\" max=\"2100\"></label>" +
                   "<button type=\"submit\">Tải mẫu</button></form>" + BoardLink(account);
        return Html.Page("Nộp báo cáo", body, Visitor.Describe(account, reference), token);
    }

    private static string BoardLink(PortalAccount account) =>
        account.Role == AccountRole.Officer ? string.Empty : "\n<p><a href=\"/board\">Bảng theo dõi nộp báo cáo của tỉnh</a></p>";

    private static async Task<IResult> SubmitAsync(HttpContext context, PortalWarehouses warehouses, SubmissionDesk desk, ReferenceData reference, PortalOptions options)
    {
        var upload = await PortalForms.UploadAsync(context, options);
        if (upload.Status == StatusCodes.Status413PayloadTooLarge) return Html.Error(413, upload.Problem!);
        if (!await PortalForms.IsGenuineAsync(context)) return PortalForms.Forged();
        var account = await warehouses.UseAsync(store => Visitor.FromCookieAsync(context, store, context.RequestAborted), context.RequestAborted);
        if (account is null) return Html.Error(401, "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.");
        if (upload.File is null) return Html.Error(upload.Status, upload.Problem!, Visitor.Describe(account, reference));
        await using var content = upload.File.OpenReadStream();
        var result = await desk.SubmitAsync(account, upload.File.FileName, content, Visitor.Remote(context), context.RequestAborted);
        if (result.OtherUnit is { } other) return Html.Error(403, NotYourUnit(other, account, reference), Visitor.Describe(account, reference));
        return Results.Redirect($"/submissions/{result.Submission!.SubmissionId}", permanent: false, preserveMethod: false);
    }

    public static string NotYourUnit(string reportUnit, PortalAccount account, ReferenceData reference) =>
        $"Báo cáo này là của {AccountUnit.Describe(reportUnit, reference)}, không phải của đơn vị của tài khoản ({AccountUnit.Describe(account.UnitCode, reference)}). " +
        "Tệp không được lưu lại.";

    private static async Task<IResult> ListAsync(HttpContext context, PortalWarehouses warehouses, ReferenceData reference)
    {
        var (account, submissions) = await warehouses.UseAsync(async store =>
        {
            var account = await Visitor.FromCookieAsync(context, store, context.RequestAborted);
            return (account, account is null ? [] : await SubmissionScope.ListAsync(store, account, reference, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        var rows = new StringBuilder();
        foreach (var s in submissions)
        {
            var annotated = s.AnnotatedPath is null ? "—" : $"<a href=\"/submissions/{Html.E(s.SubmissionId)}/annotated\">Bản đánh dấu</a>";
            var status = SubmissionStatus.Of(s);
            rows.Append(CultureInfo.InvariantCulture, $"<tr data-submission-id=\"{Html.E(s.SubmissionId)}\" data-status=\"{Html.E(status)}\" data-outcome=\"{Html.E(s.Outcome)}\">")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(Time(s.SubmittedAt))}</td><td><a href=\"/submissions/{Html.E(s.SubmissionId)}\">{Html.E(s.OriginalName)}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(OutcomeText(s.Outcome))}</td><td>{s.Errors}</td><td>{s.Warnings}</td><td>{annotated}</td><td>{Html.E(StatusText(status))}</td></tr>\n");
        }
        var body = submissions.Count == 0 ? "<p id=\"empty\">Chưa có báo cáo nào được nộp.</p>\n" : string.Empty;
        body += "<div class=\"scroll\"><table id=\"submissions\"><thead><tr><th>Thời gian</th><th>Tệp</th><th>Kết quả kiểm tra</th><th>Lỗi</th><th>Cảnh báo</th>" +
                "<th>Bản đánh dấu</th><th>Trạng thái</th></tr></thead><tbody>\n" + rows + "</tbody></table></div>";
        return Html.Page("Báo cáo đã nộp", body, Visitor.Describe(account, reference), PortalForms.TokenInput(context));
    }

    private static async Task<IResult> DetailAsync(string id, HttpContext context, PortalWarehouses warehouses, ReferenceData reference)
    {
        var (account, submission, findings) = await warehouses.UseAsync(async store =>
        {
            var account = await Visitor.FromCookieAsync(context, store, context.RequestAborted);
            var submission = account is null ? null : await store.FindSubmissionAsync(id, context.RequestAborted);
            if (account is null || submission is null || !SubmissionScope.MaySee(account, submission, reference)) return (account, (SubmissionRecord?)null, (IReadOnlyList<Finding>)[]);
            return ((PortalAccount?)account, (SubmissionRecord?)submission, await store.FindingsOfAsync(id, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        var who = Visitor.Describe(account, reference);
        var token = PortalForms.TokenInput(context);
        if (submission is null) return Html.Error(404, "Không tìm thấy báo cáo đã nộp này.", who, token);
        var status = SubmissionStatus.Of(submission);
        var accepted = submission.Outcome == SubmissionOutcome.Accepted;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p id=\"outcome\" data-outcome=\"{Html.E(submission.Outcome)}\" class=\"{(accepted ? "ok" : "bad")}\">")
            .Append(Html.E(accepted ? "Báo cáo hợp lệ" : "Báo cáo bị từ chối: cần sửa các lỗi dưới đây rồi nộp lại"))
            .Append(CultureInfo.InvariantCulture, $" ({submission.Errors} lỗi, {submission.Warnings} cảnh báo).</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>Trạng thái: <strong id=\"status\" data-status=\"{Html.E(status)}\">{Html.E(StatusText(status))}</strong></p>\n")
            .Append("<dl>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Tệp</dt><dd>{Html.E(submission.OriginalName)}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Nộp lúc</dt><dd>{Html.E(Time(submission.SubmittedAt))}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Đơn vị báo cáo</dt><dd>{Html.E(submission.ReportingUnit is { } u ? AccountUnit.Describe(u, reference) : "không đọc được")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Năm</dt><dd>{Html.E(submission.Year?.ToString(CultureInfo.InvariantCulture) ?? "không đọc được")}</dd>")
            .Append(CultureInfo.InvariantCulture, $"<dt>Người nộp</dt><dd>{Html.E(submission.Login)}</dd></dl>\n");
        if (submission.AnnotatedPath is not null)
            body.Append(CultureInfo.InvariantCulture, $"<p><a id=\"annotated\" href=\"/submissions/{Html.E(submission.SubmissionId)}/annotated\">Tải bản có đánh dấu các ô cần sửa</a></p>\n");
        body.Append(FindingsTable(findings));
        return Html.Page("Kết quả kiểm tra", body.ToString(), who, token);
    }

    private static string FindingsTable(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return "<p id=\"no-findings\">Không có phát hiện nào.</p>\n<table id=\"findings\" hidden><tbody></tbody></table>";
        var rows = new StringBuilder();
        foreach (var f in findings)
        {
            // A finding's cell is already written as contracts.md gives it: TongHop!H12 (empty when the thing is missing altogether).
            rows.Append(CultureInfo.InvariantCulture, $"<tr class=\"finding\" data-rule=\"{Html.E(f.Rule)}\" data-cell=\"{Html.E(f.Cell)}\" data-severity=\"{Html.E(f.Severity.Code())}\">")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(SeverityText(f.Severity))}</td><td>{Html.E(f.Sheet)}</td><td>{Html.E(CellOnly(f.Cell))}</td><td>{Html.E(f.Rule)}</td><td>{Html.E(f.Message)}</td></tr>\n");
        }
        return "<div class=\"scroll\"><table id=\"findings\"><thead><tr><th>Mức</th><th>Trang</th><th>Ô</th><th>Quy tắc</th><th>Nội dung</th></tr></thead><tbody>\n" +
               rows + "</tbody></table></div>";
    }

    private static string CellOnly(string cell) => cell[(cell.LastIndexOf('!') + 1)..];

    private static async Task<IResult> AnnotatedAsync(string id, HttpContext context, PortalWarehouses warehouses, ReferenceData reference)
    {
        var (account, file) = await warehouses.UseAsync(async store =>
        {
            var account = await Visitor.FromCookieAsync(context, store, context.RequestAborted);
            var submission = account is null ? null : await store.FindSubmissionAsync(id, context.RequestAborted);
            return (account, await AnnotatedFileAsync(account, submission, store, reference, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        return file ?? Html.Error(404, "Không có bản có đánh dấu cho báo cáo này.", Visitor.Describe(account, reference), PortalForms.TokenInput(context));
    }

    /// <summary>The annotated copy as a download named after the file as sent; null when there is none or it is not the account's to see.</summary>
    public static async Task<IResult?> AnnotatedFileAsync(PortalAccount? account, SubmissionRecord? submission, IPortalStore store, ReferenceData reference,
        CancellationToken cancellation)
    {
        if (account is null || submission is null || !SubmissionScope.MaySee(account, submission, reference)) return null;
        if (await SubmissionDesk.AnnotatedCopyAsync(submission, store, cancellation) is not { } path) return null;
        var extension = Path.GetExtension(path);
        var name = Path.GetFileNameWithoutExtension(submission.OriginalName) + Feedback.Annotation.AnnotatedCopy.Marker + extension;
        var type = extension == ".xlsm" ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        // A full path: a relative one would be looked for under the web root.
        return Results.File(Path.GetFullPath(path), type, name);
    }

    private static async Task<IResult> TemplateAsync(HttpContext context, PortalWarehouses warehouses, ReferenceData reference, TimeProvider time)
    {
        var account = await warehouses.UseAsync(store => Visitor.FromCookieAsync(context, store, context.RequestAborted), context.RequestAborted);
        if (account is null) return Results.Redirect("/signin");
        var who = Visitor.Describe(account, reference);
        if (!int.TryParse(context.Request.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return Html.Error(400, "Hãy chọn năm báo cáo (ví dụ ?year=2024).", who, PortalForms.TokenInput(context));
        var currentYear = time.GetLocalNow().Year;
        var (subject, problem) = account.UnitCode.Length switch
        {
            3 => TemplateSubject.Find(account.UnitCode, year, reference, currentYear),
            5 => TemplateSubject.FindAfterReform(reference.UnitsFromReform.Commune(account.UnitCode)?.ProvinceCode ?? string.Empty, account.UnitCode, year, reference, currentYear),
            _ => TemplateSubject.FindAfterReform(AccountUnit.Find(account.UnitCode, reference)?.ProvinceAfter ?? account.UnitCode, null, year, reference, currentYear),
        };
        if (subject is null) return Html.Error(400, problem ?? "Không có mẫu cho đơn vị và năm này.", who, PortalForms.TokenInput(context));
        var folder = Path.Combine(Path.GetTempPath(), "povertyetl-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "mau.xlsx");
        try
        {
            ReportTemplate.Write(path, subject, reference);
            var bytes = await File.ReadAllBytesAsync(path, context.RequestAborted);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"mau_{subject.Unit.FileStem(year)}.xlsx");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string OutcomeText(string outcome) => outcome == SubmissionOutcome.Accepted ? "Hợp lệ" : "Bị từ chối";

    public static string StatusText(string status) => status switch
    {
        SubmissionStatus.Queued => "Chờ nạp",
        SubmissionStatus.Loaded => "Đã nạp",
        SubmissionStatus.Rejected => "Bị từ chối",
        SubmissionStatus.Duplicate => "Trùng (đã nạp trước đó)",
        SubmissionStatus.Superseded => "Đã được thay bằng báo cáo mới hơn",
        SubmissionStatus.Failed => "Lỗi hệ thống khi nạp",
        SubmissionStatus.Missing => "Chưa nộp",
        _ => status,
    };

    private static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "Lỗi",
        Severity.Warning => "Cảnh báo",
        _ => "Thông tin",
    };
}
