using System.Globalization;
using Xunit;
using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// The outcomes of contracts.md on both engines: loaded, rejected with nothing loaded, duplicate,
/// superseded; the mart shows exactly the current loads.
/// </summary>
public sealed class IngestionContractTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ALoadedReportAppearsInTheMartWithOfficialNamesAndComputedRates(string engine)
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "in"), districts: 2, households: 80);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        var report = TestPipeline.Create(warehouse, folder.Path).Ingest([.. files]);

        Assert.All(report.Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM mart.poverty_district_year WHERE year = 2024"));
        Assert.Equal(160, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'EMP1'"));
        Assert.Equal(0, warehouse.Count(
            "SELECT count(*) FROM mart.poverty_commune_year m JOIN dw.dim_geography g ON g.commune_code = m.commune_code AND g.valid_to = DATE '2025-06-30' " +
            "WHERE m.commune_name <> g.commune_name OR m.poor_rate_pct <> CAST(round(100.0 * m.poor_end / m.total_households, 2) AS numeric(9,2))"));
        Assert.Equal("Trà Vinh", warehouse.Scalar("SELECT DISTINCT province_name FROM mart.poverty_commune_year"));
        Assert.Equal(report.Files.Sum(f => f.RowsLoaded), warehouse.Count("SELECT sum(rows_loaded) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.All(files, f => Assert.True(File.Exists(f), "a file named on the command line is copied, never moved"));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder.Path, "archive"), "*.xlsx", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void TheSameBytesAgainAreADuplicateAndChangeNothing(string engine)
    {
        using var folder = new ScratchFolder();
        var file = SampleFiles.Write(Path.Combine(folder.Path, "in"), districts: 1)[0];
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.Ingest(file);
        var facts = warehouse.Count("SELECT count(*) FROM dw.fact_household_year");

        var again = pipeline.Ingest(file);

        Assert.Equal(FileOutcomeStatus.Duplicate, Assert.Single(again.Files).Status);
        Assert.Equal(facts, warehouse.Count("SELECT count(*) FROM dw.fact_household_year"));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'duplicate'"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ANewFileForTheSameDistrictYearSupersedesTheOldOneAndTheMartShowsOnlyTheNew(string engine)
    {
        using var folder = new ScratchFolder();
        var first = SampleFiles.Write(Path.Combine(folder.Path, "v1"), districts: 1, households: 50, seed: 1)[0];
        var second = SampleFiles.Write(Path.Combine(folder.Path, "v2"), districts: 1, households: 70, seed: 2)[0];
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        var firstLoad = Assert.Single(pipeline.Ingest(first).Files).LoadId;

        var outcome = Assert.Single(pipeline.Ingest(second).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, outcome.Status);
        Assert.Equal(firstLoad, outcome.SupersededLoadId);
        Assert.Equal("superseded", warehouse.Scalar($"SELECT status FROM etl.file_load WHERE load_id = {firstLoad}"));
        Assert.Equal(70, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'INF2'"));
        Assert.Equal(outcome.LoadId, Convert.ToInt64(warehouse.Scalar("SELECT DISTINCT load_id FROM mart.poverty_commune_year"), CultureInfo.InvariantCulture));
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM mart.poverty_district_year"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void FilesReadSeveralAtOnceAreCommittedInRunOrderSoTheNewerFileOfADistrictStillSupersedesTheOlder(string engine)
    {
        using var folder = new ScratchFolder();
        var older = SampleFiles.Write(Path.Combine(folder.Path, "v1"), districts: 1, households: 50, seed: 1)[0];
        var others = SampleFiles.Write(Path.Combine(folder.Path, "others"), districts: 3, households: 40, seed: 3).Skip(1).ToArray();
        var newer = SampleFiles.Write(Path.Combine(folder.Path, "v2"), districts: 1, households: 70, seed: 2)[0];
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        string[] run = [older, .. others, newer, older];

        var report = TestPipeline.Create(warehouse, folder.Path, parallelism: 3).Ingest(run);

        Assert.Equal(run.Select(Path.GetFileName), report.Files.Select(f => f.File));
        Assert.Equal([FileOutcomeStatus.Loaded, FileOutcomeStatus.Loaded, FileOutcomeStatus.Loaded, FileOutcomeStatus.Loaded, FileOutcomeStatus.Duplicate],
            report.Files.Select(f => f.Status));
        Assert.Equal(report.Files[0].LoadId, report.Files[3].SupersededLoadId);
        Assert.Equal(70, warehouse.Count("SELECT sum(households) FROM mart.deprivation_commune_year WHERE indicator_code = 'INF2' " +
                                         $"AND district_code = '{report.Files[3].DistrictCode}'"));
        Assert.Equal(3, warehouse.Count("SELECT count(*) FROM mart.poverty_district_year"));
        Assert.Equal(report.Files.Sum(f => f.RowsLoaded), warehouse.Count("SELECT sum(rows_loaded) FROM etl.file_load WHERE status IN ('loaded', 'superseded')"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ARejectedFileLoadsNothingAndIsRecordedWithItsFindingsBesideACopy(string engine)
    {
        using var folder = new ScratchFolder();
        var bad = TidyReport.Create().Set(TidyReport.TongHop, "H2", 999).SaveTo(folder.Path, "bao-cao-sai");
        var before = File.ReadAllBytes(bad);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        var outcome = Assert.Single(TestPipeline.Create(warehouse, folder.Path).Ingest(bad).Files);

        Assert.Equal(FileOutcomeStatus.Rejected, outcome.Status);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM dw.fact_household_year"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM dw.fact_commune_year"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_year"));
        Assert.Equal("rejected", warehouse.Scalar("SELECT status FROM etl.file_load"));
        Assert.True(warehouse.Count("SELECT count(*) FROM etl.finding WHERE severity = 'error' AND cell = 'TongHop!H2'") >= 1);
        Assert.Equal(before, File.ReadAllBytes(bad));
        var rejected = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "rejected"), "*.xlsx"), f => !f.EndsWith(".kiem-tra.xlsx", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(rejected));
        Assert.Contains("TongHop!H2", File.ReadAllText(rejected + ".findings.txt"));
        var annotated = Path.Combine(folder.Path, "rejected", Path.GetFileNameWithoutExtension(rejected) + ".kiem-tra.xlsx");
        using var copy = new ClosedXML.Excel.XLWorkbook(annotated);
        Assert.Equal("KetQuaKiemTra", copy.Worksheet(1).Name);
        Assert.Equal("TongHop!H2", copy.Worksheet(1).Cell(4, 4).Hyperlink.InternalAddress);
        Assert.Contains("FLOW_BALANCE_POOR", copy.Worksheet(TidyReport.TongHop).Cell("H2").Comment.Text);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task ADryRunValidatesAgainstTheWarehouseAndWritesNothing(string engine)
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "in"), districts: 1);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        var report = await TestPipeline.Create(warehouse, folder.Path).RunAsync("dry", "manual",
            files.Select(f => new PovertyEtl.Ingestion.IncomingFile(f, FromInbox: false)).ToList(), dryRun: true,
            cancellation: CancellationToken.None);

        Assert.Equal(FileOutcomeStatus.WouldLoad, Assert.Single(report.Files).Status);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run"));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "archive")));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AStartOfYearThatDiffersFromLastYearsLoadedEndIsAWarningAtThatCell(string engine)
    {
        using var folder = new ScratchFolder();
        var lastYear = SampleFiles.Write(Path.Combine(folder.Path, "2023"), districts: 1, year: 2023, seed: 5)[0];
        var thisYear = SampleFiles.Write(Path.Combine(folder.Path, "2024"), districts: 1, year: 2024, seed: 6)[0];
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.Ingest(lastYear);

        var outcome = Assert.Single(pipeline.Ingest(thisYear).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, outcome.Status);
        var differing = warehouse.Count(
            "SELECT count(*) FROM mart.poverty_commune_year a JOIN mart.poverty_commune_year b ON b.commune_code = a.commune_code " +
            "WHERE a.year = 2024 AND b.year = 2023 AND a.poor_start <> b.poor_end");
        Assert.True(differing > 0, "the two samples should disagree somewhere");
        var warnings = outcome.Findings.Where(f => f.Rule == "POOR_START_DIFFERS_FROM_LAST_YEAR").ToList();
        Assert.Equal(differing, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.All(warnings, w => Assert.Matches(@"![A-Z]+\d+$", w.Cell));
        Assert.Equal(differing, warehouse.Count("SELECT count(*) FROM etl.finding WHERE rule = 'POOR_START_DIFFERS_FROM_LAST_YEAR'"));
    }
}
