using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Tests.Support;
using PovertyEtl.Tests.Ingestion.Files;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// The run summary page, parsed as a browser parses it: what the run did to each file, the
/// charts' districts and figures as the mart has them, and nothing fetched from elsewhere.
/// </summary>
public sealed class RunSummaryTests
{
    private const decimal Threshold = 0.35m;

    /// <summary>A first run loads two districts; the second supersedes one, repeats the other and has a file rejected.</summary>
    private static (RunReport Second, string Rejected) TwoRuns(IWarehouse warehouse, ScratchFolder folder)
    {
        var first = SampleFiles.Write(folder.File("v1"), districts: 2, households: 80, seed: 1);
        var newer = SampleFiles.Write(folder.File("v2"), districts: 1, households: 90, seed: 2)[0];
        var rejected = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(folder.Path, "sai-can-doi");
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.Ingest([.. first]);
        return (pipeline.Ingest(newer, first[1], rejected), rejected);
    }

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    private static RunSummaryWriter Writer(IWarehouse warehouse, string folder) =>
        new(warehouse, warehouse, ReferenceFixture.Load(), new RunSummaryOptions { Path = folder, PovertyRateThreshold = Threshold },
            TimeProvider.System, Serilog.Core.Logger.None);

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task ThePageTellsWhatBecameOfEachFileAndChartsTheMartsFigures(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var (run, rejected) = TwoRuns(warehouse, folder);

        var path = await Writer(warehouse, folder.File("reports")).WriteAsync(run);

        Assert.NotNull(path);
        Assert.StartsWith(folder.File("reports"), path, StringComparison.Ordinal);
        Assert.Contains(run.RunId, Path.GetFileName(path), StringComparison.Ordinal);
        var page = Page(path);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        string Tile(string status) => page.QuerySelector($".tile.{status} b")!.TextContent;
        Assert.Equal(["1", "1", "1", "1", "0"], new[] { "loaded", "rejected", "duplicate", "superseded", "failed" }.Select(Tile));
        var rejectedRow = Assert.Single(page.QuerySelectorAll("#rejected tbody tr"));
        Assert.Contains(Path.GetFileName(rejected), rejectedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(rejectedRow.QuerySelectorAll(".findings li"), li => li.TextContent.Contains("TongHop!H2", StringComparison.Ordinal)
            && li.TextContent.Contains("FLOW_BALANCE_POOR", StringComparison.Ordinal));
        var loadedRow = Assert.Single(page.QuerySelectorAll("#loaded tbody tr"));
        Assert.Contains("84_842_2024.xlsx", loadedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("lần nạp", loadedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("84_844_2024.xlsx", Assert.Single(page.QuerySelectorAll("#duplicate tbody tr")).TextContent, StringComparison.Ordinal);

        var mart = warehouse.QueryReadOnly(
            "SELECT d.district_code, d.district_display_name, d.poor_rate_pct, d.communes, " +
            $"(SELECT count(*) FROM mart.poverty_commune_year c WHERE c.district_code = d.district_code AND c.year = d.year AND c.poor_rate_pct < {Threshold.ToString(CultureInfo.InvariantCulture)}) " +
            "FROM mart.poverty_district_year d ORDER BY d.district_code").Rows;
        Assert.Equal(2, mart.Count);
        var rateChart = ChartRows(page, "poverty-rate");
        var communeChart = ChartRows(page, "communes-under-threshold");
        foreach (var district in mart)
        {
            var label = $"{district[1]} ({district[0]})";
            var rate = Convert.ToDecimal(district[2], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " %";
            Assert.Equal(rate, rateChart[label]);
            Assert.Equal($"{district[4]}/{district[3]} xã", communeChart[label]);
        }
        Assert.Contains("0,35 %", page.QuerySelector("#communes-under-threshold h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thành phố Trà Vinh (842)", Assert.Single(page.QuerySelectorAll("#poverty-rate svg text.strong")).TextContent);
    }

    /// <summary>A percentage as the page writes it: <c>3,21 %</c>.</summary>
    private static string Percent(object? value) =>
        Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " %";

    private static string Under => Threshold.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task AfterTheReformThePageNamesTheProvinceAndChartsItsCommunesAndItsCommunesUnderTheThreshold(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var vinhLong = SampleFiles.Write(folder.File("first"), districts: 1, households: 150, seed: 1, year: 2025)[0];
        var both = SampleFiles.Write(folder.File("second"), districts: 2, households: 150, seed: 1, year: 2025);
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.Ingest(vinhLong);
        // Vĩnh Long again (the same bytes: a duplicate), and An Giang for the first time.
        var run = pipeline.Ingest([.. both]);

        var page = Page((await Writer(warehouse, folder.File("reports")).WriteAsync(run))!);

        Assert.Contains("Tỉnh An Giang (91)", Assert.Single(page.QuerySelectorAll("#loaded tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Vĩnh Long (86)", Assert.Single(page.QuerySelectorAll("#duplicate tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#poverty-rate, #communes-under-threshold"));

        // One province loaded: its communes, its own rate in the note.
        var communes = warehouse.QueryReadOnly(
            "SELECT commune_code, commune_display_name, poor_rate_pct FROM mart.poverty_commune_year WHERE year = 2025 AND province_code = '91'").Rows;
        var communeChart = ChartRows(page, "commune-poverty-rate");
        Assert.Equal(ReferenceFixture.Load().UnitsFromReform.CommunesOfProvince("91").Count, communeChart.Count);
        foreach (var commune in communes) Assert.Equal(Percent(commune[2]), communeChart[$"{commune[1]} ({commune[0]})"]);
        Assert.Equal(communes.Count, page.QuerySelectorAll("#commune-poverty-rate svg text.strong").Length);
        Assert.Contains("Tỉnh An Giang (91)", page.QuerySelector("#commune-poverty-rate h2")!.TextContent, StringComparison.Ordinal);
        var province = warehouse.QueryReadOnly("SELECT poor_rate_pct, communes_reporting FROM mart.poverty_province_series WHERE year = 2025 AND province_code = '91'").Rows.Single();
        Assert.Contains($"toàn tỉnh năm 2025: {Percent(province[0])}, {province[1]}/{province[1]} xã có số liệu",
            page.QuerySelector("#commune-poverty-rate .note")!.TextContent, StringComparison.Ordinal);

        // Communes under the threshold, per province: both provinces in the mart, the loaded one in bold.
        var under = warehouse.QueryReadOnly(
            $"SELECT province_code, province_display_name, count(*), sum(CASE WHEN poor_rate_pct < {Under} THEN 1 ELSE 0 END) " +
            "FROM mart.poverty_commune_year WHERE year = 2025 GROUP BY province_code, province_display_name").Rows;
        var underChart = ChartRows(page, "province-communes-under-threshold");
        Assert.Equal(2, underChart.Count);
        foreach (var p in under) Assert.Equal($"{p[3]}/{p[2]} xã", underChart[$"{p[1]} ({p[0]})"]);
        Assert.Equal("Tỉnh An Giang (91)", Assert.Single(page.QuerySelectorAll("#province-communes-under-threshold svg text.strong")).TextContent);
    }

    [Fact]
    public async Task ARunOfDistrictsBeforeTheReformAndOfProvincesAfterItChartsBothTheProvincesByTheirRate()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var district = SampleFiles.Write(folder.File("2024"), districts: 1, households: 60)[0];
        var provinces = SampleFiles.Write(folder.File("2025"), districts: 2, households: 60, year: 2025);

        var run = TestPipeline.Create(warehouse, folder.Path).Ingest([district, .. provinces]);
        var page = Page((await Writer(warehouse, folder.File("reports")).WriteAsync(run))!);

        var loaded = page.QuerySelectorAll("#loaded tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(loaded, r => r.Contains("Thành phố Trà Vinh (842)", StringComparison.Ordinal));
        Assert.Contains(loaded, r => r.Contains("Tỉnh Vĩnh Long (86)", StringComparison.Ordinal));
        Assert.Equal(["Thành phố Trà Vinh (842)"], ChartRows(page, "poverty-rate").Keys);
        var rates = warehouse.QueryReadOnly("SELECT province_code, province_display_name, poor_rate_pct FROM mart.poverty_province_series WHERE year = 2025").Rows;
        var rateChart = ChartRows(page, "province-poverty-rate");
        Assert.Equal(2, rateChart.Count);
        foreach (var p in rates) Assert.Equal(Percent(p[2]), rateChart[$"{p[1]} ({p[0]})"]);
        Assert.Equal(2, page.QuerySelectorAll("#province-poverty-rate svg text.strong").Length);
        Assert.Equal(4, page.QuerySelectorAll("svg").Length);
    }

    [Fact]
    public async Task ThePageNeedsNothingFromElsewhere()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var (run, _) = TwoRuns(warehouse, folder);

        var path = (await Writer(warehouse, folder.File("reports")).WriteAsync(run))!;

        var page = Page(path);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name is "src" or "href" or "srcset" or "xlink:href");
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("svg").Length);
    }

    [Fact]
    public async Task APageThatCannotBeWrittenIsNotTheRunsFailure()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var run = TestPipeline.Create(warehouse, folder.Path).Ingest([.. SampleFiles.Write(folder.File("in"), districts: 1, households: 20)]);
        var notAFolder = folder.File("reports", [0]);

        Assert.Null(await Writer(warehouse, notAFolder).WriteAsync(run));
    }

    [Fact]
    public async Task AFileThatCouldNotBeMovedIsListedForSomeoneToLookAt()
    {
        using var folder = new ScratchFolder();
        var sent = InboxRuns.Deliver(folder.Path);
        // A fault of the archive's disk: a file where the year's folder must go.
        var blocked = Path.Combine(folder.Path, "archive", "2024");
        Directory.CreateDirectory(Path.GetDirectoryName(blocked)!);
        File.WriteAllText(blocked, "not a folder");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));
        var run = TestPipeline.Create(warehouse, folder.Path).IngestInbox(folder.Path);

        var page = Page((await Writer(warehouse, folder.File("reports")).WriteAsync(run))!);

        var row = Assert.Single(page.QuerySelectorAll("#attention tbody tr"));
        Assert.Equal(Path.GetFileName(sent), row.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("loaded", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("not moved yet", row.QuerySelectorAll("td")[2].TextContent, StringComparison.Ordinal);
    }

    /// <summary>A chart's rows: each row's label and the figure written after its bar.</summary>
    private static Dictionary<string, string> ChartRows(IDocument page, string section)
    {
        var texts = page.QuerySelectorAll($"#{section} svg text").ToList();
        var labels = texts.Where(t => t.ClassList.Contains("label")).ToList();
        var figures = texts.Where(t => t.ClassList.Contains("figure")).ToList();
        Assert.Equal(labels.Count, figures.Count);
        return labels.Zip(figures).ToDictionary(p => p.First.TextContent, p => p.Second.TextContent);
    }
}
