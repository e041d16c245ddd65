using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Browser;

/// <summary>What the portal refuses, seen from a phone and from the API: no account, a wrong password, a forged form, a file too large.</summary>
public sealed class PortalRefusalTests(PortalRefusalTests.Site site) : IClassFixture<PortalRefusalTests.Site>
{
    private static readonly PortalAccount Officer = PortalAccount.Officer("can-bo-849", TidyData.DistrictCode);
    private static readonly PortalAccount Forgetful = PortalAccount.Officer("can-bo-hay-quen", TidyData.DistrictCode);

    public sealed class Site : PortalSite
    {
        // A 1 MB limit: a tidy report (a few KB) passes, a 2 MB file does not.
        protected override PageServer Start() =>
            PageServer.Start([Officer, Forgetful], settings: new Dictionary<string, string> { ["POVERTYETL__Portal__MaxUploadMegabytes"] = "1" });
    }

    [SkippableFact]
    public async Task WithoutSigningInEveryPageLeadsToTheSignInPage()
    {
        var page = await site.PhoneAsync();

        foreach (var path in new[] { "/", "/submissions", "/submissions/1", "/template?year=2024", "/board?year=2024" })
        {
            var answer = await page.GotoAsync(path);
            Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
            Assert.Equal(200, answer!.Status);
        }
    }

    [Fact]
    public async Task WithoutAValidAccountTheApiAnswers401()
    {
        using var anonymous = site.Server.Api();
        using var impostor = site.Server.Api(Officer with { Password = "khong-dung" });
        using var file = Upload(TidyReport.Create().ToBytes());

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri("/api/submissions", UriKind.Relative), file)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await impostor.PostAsync(new Uri("/api/submissions", UriKind.Relative), file)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/submissions/1", UriKind.Relative))).StatusCode);
        Assert.Empty(site.Server.InboxFiles());
    }

    [SkippableFact]
    public async Task AWrongPasswordShowsAnErrorAndFiveInARowLockTheAccountEvenWithTheRightPassword()
    {
        var page = await site.PhoneAsync();
        await page.SignInAsync(Forgetful);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await page.SignOutAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.SignInAsync(Forgetful, password: $"sai-lan-{attempt}");
            Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
            Assert.True(await page.Locator("#error").IsVisibleAsync(), $"no #error after wrong password {attempt}");
        }
        await page.SignInAsync(Forgetful);

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.Locator("#error").IsVisibleAsync());
        await page.GotoAsync("/");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        using var api = site.Server.Api(Forgetful);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/submissions/1", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task AnUploadPostedWithoutTheFormsAntiforgeryTokenIsRefusedWith400AndTheSameWithItIsTaken()
    {
        var page = await site.PhoneAsync();
        await page.SignInAsync(Officer);
        await page.GotoAsync("/");
        var hidden = new Dictionary<string, string>();
        foreach (var field in await page.Locator("form:has(input[name=file]) input[type=hidden]").AllAsync())
            hidden[(await field.GetAttributeAsync("name"))!] = (await field.GetAttributeAsync("value"))!;
        var report = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).ToBytes();

        var forged = await page.APIRequest.PostAsync("/submissions", new APIRequestContextOptions { Multipart = Form(page, report, []), MaxRedirects = 0 });
        var genuine = await page.APIRequest.PostAsync("/submissions", new APIRequestContextOptions { Multipart = Form(page, report, hidden), MaxRedirects = 0 });

        Assert.NotEmpty(hidden);
        Assert.Equal(400, forged.Status);
        Assert.InRange(genuine.Status, 300, 399);
        Assert.Matches("/submissions/[^/]+$", genuine.Headers["location"]);
    }

    [SkippableFact]
    public async Task AFileOverTheUploadLimitIsRefusedWith413OnThePageAndInTheApi()
    {
        using var folder = new ScratchFolder();
        var tooLarge = folder.File("qua-lon.xlsx", new byte[2 * 1024 * 1024]);
        var page = await site.PhoneAsync();
        await page.SignInAsync(Officer);

        var refused = await page.UploadAsync(tooLarge);

        Assert.Equal(413, refused.Status);
        Assert.True(await page.Locator("#error").IsVisibleAsync());
        using var api = site.Server.Api(Officer);
        using var file = Upload(File.ReadAllBytes(tooLarge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await api.PostAsync(new Uri("/api/submissions", UriKind.Relative), file)).StatusCode);
        Assert.Empty(site.Server.InboxFiles());
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(PortalPage.XlsxType);
        return new MultipartFormDataContent { { file, "file", "bao-cao.xlsx" } };
    }

    private static IFormData Form(IPage page, byte[] report, Dictionary<string, string> fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        form.Set("file", new FilePayload { Name = "bao-cao.xlsx", MimeType = PortalPage.XlsxType, Buffer = report });
        return form;
    }
}
