using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Web;

/// <summary>
/// Who is asking: the pages know an account by its sign-in cookie, the API by HTTP Basic with the
/// same accounts (checked, locked out and audited like the sign-in form). The account is read
/// again on every request, so a disabled account is shut out at once.
/// </summary>
internal static class Visitor
{
    public const string LoginClaim = ClaimTypes.Name;

    public static async Task<PortalAccount?> FromCookieAsync(HttpContext context, IPortalStore store, CancellationToken cancellation)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.User.FindFirst(LoginClaim)?.Value is not { } login) return null;
        var account = await store.FindAccountAsync(login, cancellation);
        return account is { Disabled: false } ? account : null;
    }

    public static async Task<(SignInOutcome Outcome, PortalAccount? Account)> FromBasicAsync(HttpContext context, IPortalStore store, SignIns signIns,
        CancellationToken cancellation)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return (SignInOutcome.Refused, null);
        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return (SignInOutcome.Refused, null);
        }
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return (SignInOutcome.Refused, null);
        return await signIns.CheckAsync(store, pair[..colon], pair[(colon + 1)..], Remote(context), "api_sign_in", cancellation);
    }

    public static string? Remote(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    /// <summary>The account's name as the header shows it: <c>cb.tracu — Huyện Trà Cú (849)</c>.</summary>
    public static string Describe(PortalAccount account, ReferenceData reference) => $"{account.Login} — {AccountUnit.Describe(account.UnitCode, reference)}";
}
