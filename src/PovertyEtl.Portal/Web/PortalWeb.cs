using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Portal.Submissions;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// The portal as ASP.NET Core serves it, in the host every command runs in: Kestrel with the
/// upload limit, sign-in cookies (HttpOnly, SameSite=Strict, Secure over HTTPS) signed with keys
/// kept under <c>Portal:DataPath/keys</c>, antiforgery on every form, rate limits on sign-in and
/// upload, the security headers, forwarded headers from a proxy on this machine, and the routes.
/// </summary>
public static class PortalWeb
{
    /// <summary>Multipart framing around the file (boundaries, headers, the antiforgery token) on top of the file's own limit.</summary>
    private const long FormOverhead = 64 * 1024;

    public const string SignInLimit = "signin";
    public const string UploadLimit = "upload";

    public static IServiceCollection AddPortalWeb(this IServiceCollection services, PortalOptions options)
    {
        services.AddRouting();
        services.AddSingleton<SignIns>();
        services.AddSingleton<SubmissionDesk>();
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + FormOverhead;
            kestrel.AddServerHeader = false;
        });
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxUploadBytes + FormOverhead;
            form.ValueCountLimit = 64;
        });
        services.AddDataProtection().SetApplicationName("PovertyEtl.Portal").PersistKeysToFileSystem(new DirectoryInfo(options.KeysPath));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "povertyetl.signin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "povertyetl.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = PortalForms.TokenField;
        });
        services.AddRateLimiter(limits =>
        {
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = (rejected, cancellation) => new ValueTask(Html.Error(429, "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng chờ một phút rồi thử lại.")
                .ExecuteAsync(rejected.HttpContext));
            limits.AddPolicy(SignInLimit, context => PerAddress(context, 60));
            limits.AddPolicy(UploadLimit, context => PerAddress(context, 120));
        });
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        return services;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        // Only a proxy on this machine (the default known proxies are loopback) is believed about the client's address and scheme.
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders.AddAsync);
        app.Use(PortalFaults.CatchAsync);
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        SignInPages.Map(app);
        SubmissionPages.Map(app);
        BoardPage.Map(app);
        SubmissionApi.Map(app);
        OperationsEndpoints.Map(app);
        return app;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "?",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

/// <summary>Every response carries the headers that keep the pages from being framed, sniffed or given script.</summary>
internal static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}

/// <summary>
/// Faults become a page with <c>#error</c> (or JSON for the API): a busy or unreachable warehouse
/// is 503, an upload over the limit 413, anything else 500 with the detail in the log only.
/// </summary>
internal static class PortalFaults
{
    public static async Task CatchAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            (int status, string message) = e switch
            {
                BadHttpRequestException { StatusCode: 413 } => (413, UploadTooLarge(context)),
                InvalidDataException when context.Request.HasFormContentType => (413, UploadTooLarge(context)),
                WarehouseUnreachableException => (503, "Kho dữ liệu đang bận hoặc không kết nối được. Vui lòng thử lại sau ít phút."),
                BadHttpRequestException bad => (bad.StatusCode, "Yêu cầu không hợp lệ."),
                _ => (500, "Lỗi hệ thống. Vui lòng thử lại sau; nếu vẫn lỗi, báo cho quản trị viên."),
            };
            if (status >= 500) Log.Error(e, "Portal request {Path} failed", context.Request.Path.Value);
            context.Response.Clear();
            await (context.Request.Path.StartsWithSegments("/api") ? ApiJson.Error(status, message) : Html.Error(status, message)).ExecuteAsync(context);
        }
    }

    public static string UploadTooLarge(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<PortalOptions>();
        return $"Tệp vượt quá giới hạn {options.MaxUploadMegabytes} MB.";
    }
}
