using Microsoft.Playwright;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Browser;

/// <summary>
/// Every page the portal serves, error pages included, forbids being framed by another site and
/// runs no inline script: a content security policy without <c>'unsafe-inline'</c> scripts, with
/// <c>frame-ancestors</c>, and <c>X-Frame-Options</c> for older browsers.
/// </summary>
public sealed class PageSafetyTests(PageSafetyTests.Site site) : IClassFixture<PageSafetyTests.Site>
{
    private static readonly PortalAccount TraCu = PortalAccount.Officer("can-bo-tra-cu", TidyData.DistrictCode);
    private static readonly PortalAccount TraVinh = PortalAccount.Province("so-lao-dong-tra-vinh", TidyData.ProvinceCode);

    public sealed class Site : PortalSite
    {
        protected override PageServer Start() => PageServer.Start([TraCu, TraVinh]);
    }

    [SkippableFact]
    public async Task EveryPageForbidsFramingAndHoldsNoInlineScript()
    {
        using var folder = new ScratchFolder();
        var officer = await site.PhoneAsync();
        var province = await site.PhoneAsync();

        // Each page is read as it arrives: a browser keeps no body of a page it has left.
        await AssertSafeAsync("sign-in", (await officer.GotoAsync("/signin"))!);
        await AssertSafeAsync("sign-in refused", await officer.SignInAsync(TraCu, password: "sai"));
        await AssertSafeAsync("upload", await officer.SignInAsync(TraCu));
        await AssertSafeAsync("submission", await officer.UploadAsync(TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(folder.Path)));
        await AssertSafeAsync("another unit's report", await officer.UploadAsync(SampleFiles.Write(folder.Path, districts: 1, households: 20)[0]));
        await AssertSafeAsync("submissions", (await officer.GotoAsync("/submissions"))!);
        await AssertSafeAsync("not found", (await officer.GotoAsync("/submissions/khong-co"))!);
        await AssertSafeAsync("board refused", (await officer.GotoAsync("/board?year=2024"))!);
        await province.SignInAsync(TraVinh);
        await AssertSafeAsync("board", (await province.GotoAsync("/board?year=2024"))!);
    }

    private static async Task AssertSafeAsync(string what, IResponse answer)
    {
        var headers = await answer.AllHeadersAsync();
        var policy = headers.GetValueOrDefault("content-security-policy") ?? "";
        Assert.True(policy.Contains("frame-ancestors", StringComparison.Ordinal), $"{what} ({answer.Status}): no frame-ancestors in '{policy}'");
        Assert.False(AllowsInlineScript(policy), $"{what}: inline script allowed by '{policy}'");
        var frame = headers.GetValueOrDefault("x-frame-options") ?? "";
        Assert.True(frame.Equals("DENY", StringComparison.OrdinalIgnoreCase) || frame.Equals("SAMEORIGIN", StringComparison.OrdinalIgnoreCase),
            $"{what}: X-Frame-Options is '{frame}'");
        Assert.True(await InlineScriptsAsync(answer) == 0, $"{what}: the page holds inline script");
    }

    /// <summary>
    /// Whether the policy lets inline script run: <c>'unsafe-inline'</c> in <c>script-src</c>, or in
    /// <c>default-src</c> when there is no <c>script-src</c>, or no script source at all
    /// (<c>'unsafe-inline'</c> for styles only is no script).
    /// </summary>
    private static bool AllowsInlineScript(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.OrdinalIgnoreCase);
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        return scripts is null || scripts.Contains("'unsafe-inline'", StringComparison.Ordinal);
    }

    /// <summary>Script elements without <c>src</c>, <c>on…</c> handler attributes and <c>javascript:</c> links in the HTML as served.</summary>
    private static async Task<int> InlineScriptsAsync(IResponse answer)
    {
        var html = await answer.TextAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("script:not([src])").Length
               + document.All.Count(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
               + document.QuerySelectorAll("a[href^='javascript:' i]").Length;
    }
}
