using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Portal.Accounts;

namespace PovertyEtl.Portal.Web;

/// <summary><c>GET/POST /signin</c>, <c>POST /signout</c>: the sign-in form (fields <c>login</c>, <c>password</c>; a failure shows <c>#error</c>).</summary>
internal static class SignInPages
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/signin", (HttpContext context) => Form(context, null, 200));
        app.MapPost("/signin", SignInAsync).RequireRateLimiting(PortalWeb.SignInLimit);
        app.MapPost("/signout", async (HttpContext context) =>
        {
            if (!await PortalForms.IsGenuineAsync(context)) return PortalForms.Forged();
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin", permanent: false);
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext context, PortalWarehouses warehouses, SignIns signIns)
    {
        if (!await PortalForms.IsGenuineAsync(context)) return PortalForms.Forged();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var login = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var (outcome, account) = await warehouses.UseAsync(store =>
            signIns.CheckAsync(store, login, password, Visitor.Remote(context), "sign_in", context.RequestAborted), context.RequestAborted);
        if (outcome == SignInOutcome.LockedOut)
            return Form(context, $"Tài khoản tạm khoá {SignIns.LockOut.TotalMinutes:0} phút vì đăng nhập sai quá {SignIns.FailuresBeforeLockOut} lần.", 403);
        if (account is null) return Form(context, "Tên đăng nhập hoặc mật khẩu không đúng.", 401);
        var identity = new ClaimsIdentity([new Claim(Visitor.LoginClaim, account.Login)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/", permanent: false);
    }

    private static IResult Form(HttpContext context, string? error, int status)
    {
        var problem = error is null ? string.Empty : $"<p id=\"error\" class=\"error\" role=\"alert\">{Html.E(error)}</p>\n";
        var body = problem + "<form method=\"post\" action=\"/signin\" class=\"stack\">" + PortalForms.TokenInput(context) +
                   "<label>Tên đăng nhập <input type=\"text\" name=\"login\" autocomplete=\"username\" required autofocus></label>" +
                   "<label>Mật khẩu <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>" +
                   "<button type=\"submit\">Đăng nhập</button></form>";
        return Html.Page("Đăng nhập", body, status: status);
    }
}
