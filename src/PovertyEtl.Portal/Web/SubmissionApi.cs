using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Portal.Submissions;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// The API (HTTP Basic with a portal account, JSON): <c>POST /api/submissions</c> (field
/// <c>file</c>), <c>GET /api/submissions/{id}</c>, <c>GET /api/submissions/{id}/annotated</c>.
/// 401 without a valid account, 403 for another unit's report (nothing kept), 413 over the limit.
/// No cookie is read here, so no antiforgery token is needed.
/// </summary>
internal static class SubmissionApi
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/submissions", SubmitAsync).RequireRateLimiting(PortalWeb.UploadLimit);
        app.MapGet("/api/submissions/{id}", GetAsync);
        app.MapGet("/api/submissions/{id}/annotated", AnnotatedAsync);
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, PortalWarehouses warehouses, SignIns signIns, SubmissionDesk desk,
        ReferenceData reference, PortalOptions options)
    {
        var (outcome, account) = await warehouses.UseAsync(store => Visitor.FromBasicAsync(context, store, signIns, context.RequestAborted), context.RequestAborted);
        if (account is null) return Unauthorized(context, outcome);
        var upload = await PortalForms.UploadAsync(context, options);
        if (upload.File is null) return ApiJson.Error(upload.Status, upload.Problem!);
        await using var content = upload.File.OpenReadStream();
        var result = await desk.SubmitAsync(account, upload.File.FileName, content, Visitor.Remote(context), context.RequestAborted);
        if (result.OtherUnit is { } other) return ApiJson.Error(403, SubmissionPages.NotYourUnit(other, account, reference));
        return ApiJson.Submission(result.Submission!, result.Findings);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, PortalWarehouses warehouses, SignIns signIns, ReferenceData reference)
    {
        var (outcome, account, submission, findings) = await warehouses.UseAsync(async store =>
        {
            var (outcome, account) = await Visitor.FromBasicAsync(context, store, signIns, context.RequestAborted);
            var submission = account is null ? null : await store.FindSubmissionAsync(id, context.RequestAborted);
            if (account is null || submission is null || !SubmissionScope.MaySee(account, submission, reference)) return (outcome, account, (SubmissionRecord?)null, (IReadOnlyList<Finding>)[]);
            return (outcome, (PortalAccount?)account, (SubmissionRecord?)submission, await store.FindingsOfAsync(id, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Unauthorized(context, outcome);
        return submission is null ? NotFound() : ApiJson.Submission(submission, findings);
    }

    private static async Task<IResult> AnnotatedAsync(string id, HttpContext context, PortalWarehouses warehouses, SignIns signIns, ReferenceData reference)
    {
        var (outcome, account, file) = await warehouses.UseAsync(async store =>
        {
            var (outcome, account) = await Visitor.FromBasicAsync(context, store, signIns, context.RequestAborted);
            var submission = account is null ? null : await store.FindSubmissionAsync(id, context.RequestAborted);
            return (outcome, account, await SubmissionPages.AnnotatedFileAsync(account, submission, store, reference, context.RequestAborted));
        }, context.RequestAborted);
        if (account is null) return Unauthorized(context, outcome);
        return file ?? ApiJson.Error(404, "Không có bản có đánh dấu cho báo cáo này.");
    }

    private static IResult NotFound() => ApiJson.Error(404, "Không tìm thấy báo cáo đã nộp này.");

    private static IResult Unauthorized(HttpContext context, SignInOutcome outcome)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"povertyetl\", charset=\"UTF-8\"";
        return ApiJson.Error(401, outcome == SignInOutcome.LockedOut
            ? "Tài khoản tạm khoá vì đăng nhập sai nhiều lần; thử lại sau 15 phút."
            : "Cần tài khoản cổng nộp báo cáo hợp lệ (HTTP Basic).");
    }
}
