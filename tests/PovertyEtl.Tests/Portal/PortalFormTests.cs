using System.Net;
using System.Text.RegularExpressions;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary>The pages with plain HTML forms, as a browser without script posts them: sign in, upload, read the verdict; a form without its token is refused.</summary>
public sealed partial class PortalFormTests(DuckDbPortal portal) : IClassFixture<DuckDbPortal>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task AnOfficerSignsInUploadsWithAFormAndReadsTheFindingsOnTheSubmissionPage()
    {
        using var client = Browser();
        var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "cb849", ["password"] = PortalServer.Password, ["__RequestVerificationToken"] = await TokenOf(client, "/signin"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var upload = PortalServer.Upload(TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).ToBytes(), "bao-cao.xlsx");
        upload.Add(new StringContent(await TokenOf(client, "/")), "__RequestVerificationToken");
        var sent = await client.PostAsync("/submissions", upload);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var location = sent.Headers.Location!.ToString();
        Assert.Matches("^/submissions/[0-9a-f]{32}$", location);

        var page = await client.GetStringAsync(location);
        Assert.Contains("id=\"outcome\" data-outcome=\"rejected\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"status\" data-status=\"rejected\"", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"finding\" data-rule=\"POOR_EXCEEDS_TOTAL\" data-cell=\"TongHop!H2\" data-severity=\"error\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a id=\"annotated\" href=\"{location}/annotated\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location + "/annotated")).StatusCode);
        Assert.Contains($"data-submission-id=\"{location["/submissions/".Length..]}\"", await client.GetStringAsync("/submissions"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFormPostedWithoutItsTokenIsRefusedWith400AndAWrongPasswordShowsAnError()
    {
        using var client = Browser();
        var forged = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "cb849", ["password"] = PortalServer.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("id=\"error\"", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "cb842", ["password"] = "sai", ["__RequestVerificationToken"] = await TokenOf(client, "/signin"),
        }));
        Assert.Contains("id=\"error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = portal.Server.BaseAddress };

    private static async Task<string> TokenOf(HttpClient client, string page) =>
        Token().Match(await client.GetStringAsync(page)).Groups[1].Value;
}
