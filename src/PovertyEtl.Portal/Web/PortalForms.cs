using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PovertyEtl.Portal.Web;

/// <summary>Every form carries an antiforgery token; a POST without a valid one is refused with 400 before anything else is done.</summary>
internal static class PortalForms
{
    public const string TokenField = "__RequestVerificationToken";

    public static string TokenInput(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{TokenField}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    public static async Task<bool> IsGenuineAsync(HttpContext context) =>
        await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);

    public static IResult Forged() => Html.Error(400, "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.");

    /// <summary>
    /// The uploaded file, or the status and message why there is none: 413 over the limit (told by
    /// the declared length before anything is read, and by the form reader's limit otherwise).
    /// </summary>
    public static async Task<(IFormFile? File, int Status, string? Problem)> UploadAsync(HttpContext context, PortalOptions options)
    {
        if (context.Request.ContentLength > options.MaxUploadBytes + 64 * 1024) return (null, 413, PortalFaults.UploadTooLarge(context));
        if (!context.Request.HasFormContentType) return (null, 400, "Hãy gửi tệp báo cáo trong trường \"file\" của biểu mẫu (multipart/form-data).");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile("file");
        if (file is null) return (null, 400, "Chưa chọn tệp báo cáo.");
        if (file.Length > options.MaxUploadBytes) return (null, 413, PortalFaults.UploadTooLarge(context));
        return (file, 200, null);
    }
}
