using ClosedXML.Excel;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Browser;

/// <summary>An officer of Trà Cú (849) on a phone, sending the year's report to the portal on the embedded warehouse.</summary>
public sealed class OfficerSubmissionTests(OfficerSubmissionTests.Site site) : IClassFixture<OfficerSubmissionTests.Site>
{
    public static readonly PortalAccount TraCu = PortalAccount.Officer("can-bo-tra-cu", TidyData.DistrictCode);

    public sealed class Site : PortalSite
    {
        protected override PageServer Start() => PageServer.Start([TraCu]);
    }

    [SkippableFact]
    public async Task AnOfficerSeesTheFindingOfABrokenReportDownloadsTheMarkedCopyThenSendsTheFixedOneWhichIsLoadedAfterTheRun()
    {
        using var folder = new ScratchFolder();
        var broken = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(folder.Path, "bao-cao-sai");
        var page = await site.PhoneAsync();
        await page.SignInAsync(TraCu);

        var rejected = await page.UploadAsync(broken);
        Assert.Equal(390, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));

        Assert.Equal(200, rejected.Status);
        Assert.Equal("rejected", await page.OutcomeAsync());
        Assert.Equal("rejected", await page.StatusAsync());
        Assert.Contains(("FLOW_BALANCE_POOR", "TongHop!H2", "error"), await page.FindingsAsync());
        var link = (await page.Locator("a#annotated").GetAttributeAsync("href"))!;
        var served = await page.APIRequest.GetAsync(link);
        Assert.True(served.Status == 200 && served.Headers.GetValueOrDefault("content-type") == PortalPage.XlsxType,
            $"{link}: {served.Status} {served.Headers.GetValueOrDefault("content-type")} {served.Headers.GetValueOrDefault("content-disposition")}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a#annotated").ClickAsync());
        var marked = folder.File("kiem-tra.xlsx");
        await download.SaveAsAsync(marked);
        using (var workbook = new XLWorkbook(marked))
            Assert.Equal("KetQuaKiemTra", workbook.Worksheet(1).Name);
        Assert.Empty(site.Server.InboxFiles());

        var fixedReport = TidyReport.Create().SaveTo(folder.Path, "bao-cao-da-sua");
        var accepted = await page.UploadAsync(fixedReport);
        var id = page.SubmissionId();

        Assert.Equal(200, accepted.Status);
        Assert.Equal("accepted", await page.OutcomeAsync());
        Assert.Equal("queued", await page.StatusAsync());
        Assert.DoesNotContain(await page.FindingsAsync(), f => f.Severity == "error");
        Assert.Single(site.Server.InboxFiles());

        var run = site.Server.Run("ingest");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        await page.GotoAsync("/submissions");
        Assert.Equal(2, await page.Locator("#submissions tr[data-submission-id]").CountAsync());
        Assert.Equal("loaded", await page.Locator($"#submissions tr[data-submission-id='{id}']").GetAttributeAsync("data-status"));
        await page.GotoAsync($"/submissions/{id}");
        Assert.Equal("loaded", await page.StatusAsync());
    }

    [SkippableFact]
    public async Task AReportOfAnotherDistrictIsRefusedWithAPageNamingBothUnitsAndNothingReachesTheInbox()
    {
        using var folder = new ScratchFolder();
        var otherDistrict = SampleFiles.Write(folder.Path, districts: 1, households: 20)[0];
        var otherCode = Path.GetFileNameWithoutExtension(otherDistrict).Split('_')[1];
        var page = await site.PhoneAsync();
        await page.SignInAsync(TraCu);
        var inboxBefore = site.Server.InboxFiles();

        var refused = await page.UploadAsync(otherDistrict);

        Assert.Equal(403, refused.Status);
        var message = await page.Locator("#error").InnerTextAsync();
        Assert.Contains(otherCode, message);
        Assert.Contains(TidyData.DistrictCode, message);
        Assert.Equal(inboxBefore, site.Server.InboxFiles());
    }

    [SkippableFact]
    public async Task TheTemplatePageGivesTheBlankWorkbookOfTheOfficersOwnDistrict()
    {
        using var folder = new ScratchFolder();
        var page = await site.PhoneAsync();
        await page.SignInAsync(TraCu);

        // The phone's own session (its cookies) fetches the file, as its download manager would.
        var answer = await page.APIRequest.GetAsync("/template?year=2024");
        Assert.Equal(200, answer.Status);
        var template = folder.File("mau.xlsx", await answer.BodyAsync());

        using var workbook = new XLWorkbook(template);
        var info = workbook.Worksheet(TidyReport.ThongTin);
        Assert.Contains(info.RangeUsed().CellsUsed(), c => c.GetString() == TidyData.DistrictCode);
    }
}
