using System.Net.Http.Headers;
using System.Text.Json;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Browser;

/// <summary>Districts of Trà Vinh (84) submitting through the API, the province following them on its board, on PostgreSQL.</summary>
public sealed class ProvinceBoardTests(ProvinceBoardTests.Site site) : IClassFixture<ProvinceBoardTests.Site>
{
    private static readonly PortalAccount TraCu = PortalAccount.Officer("can-bo-tra-cu", TidyData.DistrictCode);
    private static readonly PortalAccount TraVinhCity = PortalAccount.Officer("can-bo-tp-tra-vinh", "842");
    private static readonly PortalAccount TraVinh = PortalAccount.Province("so-lao-dong-tra-vinh", TidyData.ProvinceCode);

    public sealed class Site : PortalSite
    {
        protected override PageServer Start() => PageServer.Start([TraCu, TraVinhCity, TraVinh], warehouse: PostgresServer.Instance.CreateDatabase());
    }

    [SkippableFact]
    public async Task TheProvinceBoardListsEveryDistrictWithItsLatestStatusAndMissingForThoseThatSentNothing()
    {
        using var folder = new ScratchFolder();
        var traCu = await SubmitAsync(TraCu, TidyReport.Create().ToBytes());
        Assert.Equal(("accepted", "queued"), (traCu.GetProperty("outcome").GetString(), traCu.GetProperty("status").GetString()));
        var run = site.Server.Run("ingest");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var city = SampleFiles.Write(folder.Path, districts: 1, households: 20)[0];
        Assert.Equal("84_842_2024.xlsx", Path.GetFileName(city));
        var traVinhCity = await SubmitAsync(TraVinhCity, File.ReadAllBytes(city));
        Assert.Equal("queued", traVinhCity.GetProperty("status").GetString());
        Assert.Equal("loaded", (await SubmissionAsync(TraCu, traCu.GetProperty("submission_id"))).GetProperty("status").GetString());

        var page = await site.PhoneAsync();
        await page.SignInAsync(TraVinh);
        var board = await page.GotoAsync("/board?year=2024");

        Assert.Equal(200, board!.Status);
        var rows = new Dictionary<string, string?>();
        foreach (var row in await page.Locator("#board tr[data-unit]").AllAsync())
            rows.Add((await row.GetAttributeAsync("data-unit"))!, await row.GetAttributeAsync("data-status"));
        var districts = ReferenceFixture.Load().Units.DistrictsOf(TidyData.ProvinceCode).Select(d => d.Code).Order(StringComparer.Ordinal);
        Assert.Equal(districts, rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("loaded", rows[TidyData.DistrictCode]);
        Assert.Equal("queued", rows["842"]);
        Assert.All(rows.Where(r => r.Key is not (TidyData.DistrictCode or "842")), r => Assert.Equal("missing", r.Value));
    }

    [SkippableFact]
    public async Task AnOfficerIsNotShownTheProvinceBoard()
    {
        var page = await site.PhoneAsync();
        await page.SignInAsync(TraCu);

        var board = await page.GotoAsync("/board?year=2024");

        Assert.Equal(403, board!.Status);
        Assert.True(await page.Locator("#error").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#board").CountAsync());
    }

    private async Task<JsonElement> SubmitAsync(PortalAccount account, byte[] report)
    {
        using var api = site.Server.Api(account);
        var file = new ByteArrayContent(report);
        file.Headers.ContentType = new MediaTypeHeaderValue(PortalPage.XlsxType);
        using var form = new MultipartFormDataContent { { file, "file", "bao-cao.xlsx" } };
        using var answer = await api.PostAsync(new Uri("/api/submissions", UriKind.Relative), form);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private async Task<JsonElement> SubmissionAsync(PortalAccount account, JsonElement id)
    {
        using var api = site.Server.Api(account);
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/submissions/{id}", UriKind.Relative)));
        return json.RootElement.Clone();
    }
}
