using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// Across the 2025 reform: Trà Vinh's district reports of 2024 and Vĩnh Long's report of 2025 load
/// side by side, a reused code is never confused between eras, and the series views give a
/// continuous line where the data compare and say so where they do not.
/// </summary>
public sealed class ReformSeriesTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void TraVinhIn2024AndVinhLongIn2025GiveAContinuousSeriesByNewCommune(string engine)
    {
        using var folder = new ScratchFolder();
        var districts2024 = SampleFiles.Write(Path.Combine(folder.Path, "2024"), districts: 9, households: 12, seed: 21);
        var vinhLong2025 = TidyReport.Create().AfterReform().SaveTo(folder.Path, "vinh-long-2025");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);

        var report = pipeline.Ingest([.. districts2024, vinhLong2025]);

        Assert.All(report.Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        // 29242 is Phường 3 in 2024 and Phường Trà Vinh (old Phường 1, 3, 9, and 2 and 6 merged into 3 in January) from 2025.
        Assert.Equal("Phường 3", warehouse.Scalar("SELECT commune_name FROM mart.poverty_commune_year WHERE commune_code = '29242' AND year = 2024"));
        Assert.Equal("Trà Vinh", warehouse.Scalar("SELECT commune_name FROM mart.poverty_commune_year WHERE commune_code = '29242' AND year = 2025"));
        Assert.Equal("842", warehouse.Scalar("SELECT district_code FROM mart.poverty_commune_year WHERE commune_code = '29242' AND year = 2024"));
        Assert.Null(warehouse.Scalar("SELECT district_code FROM mart.poverty_commune_year WHERE commune_code = '29242' AND year = 2025"));
        var oldSum = warehouse.Count("SELECT sum(poor_end) FROM mart.poverty_commune_year WHERE year = 2024 AND commune_code IN ('29239', '29242', '29245', '29251', '29260')");
        Assert.Equal(oldSum, warehouse.Count("SELECT poor_end FROM mart.poverty_commune_series WHERE commune_code = '29242' AND year = 2024 AND comparable"));
        Assert.Equal(TidyData.Communes[0].PoorEnd, warehouse.Count("SELECT poor_end FROM mart.poverty_commune_series WHERE commune_code = '29242' AND year = 2025"));
        Assert.Equal("29239,29242,29245,29251,29260", warehouse.Scalar("SELECT source_communes FROM mart.poverty_commune_series WHERE commune_code = '29242' AND year = 2024"));
        // Vĩnh Long (86) was formed of Vĩnh Long, Bến Tre and Trà Vinh: only Trà Vinh reported for 2024.
        Assert.Equal(false, warehouse.Scalar("SELECT comparable FROM mart.poverty_province_series WHERE province_code = '86' AND year = 2024"));
        Assert.Equal(106, warehouse.Count("SELECT communes_reporting FROM mart.poverty_province_series WHERE province_code = '86' AND year = 2024"));
        Assert.Equal(2, warehouse.Count("SELECT count(*) FROM mart.poverty_district_year WHERE year = 2025 OR district_code = '849'"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ANewCommuneThatTookPartOfAnOldOneIsNotComparableBeforeTheReformAndNothingIsSplit(string engine)
    {
        using var folder = new ScratchFolder();
        var vinhLong2024 = SampleFiles.Write(Path.Combine(folder.Path, "2024"), districts: 8, households: 10, seed: 22, province: "86");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path).Ingest([.. vinhLong2024]);

        // New Tam Bình (29719) took part of old Tam Bình: its 2024 figures are not invented.
        var row = warehouse.QueryReadOnly("SELECT comparable, poor_end, comparability_note FROM mart.poverty_commune_series WHERE commune_code = '29719' AND year = 2024").Rows.Single();
        Assert.Equal(false, row[0]);
        Assert.Null(row[1]);
        Assert.Contains("một phần", (string)row[2]!);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AReportOf2025UsingADissolvedCodeIsRejectedNamingTheNewUnitAndLoadsNothing(string engine)
    {
        using var folder = new ScratchFolder();
        var file = TidyReport.Create().AfterReform().AddCommune("29245", "Phường 2", 100).SaveTo(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        var outcome = Assert.Single(TestPipeline.Create(warehouse, folder.Path).Ingest(file).Files);

        Assert.Equal(FileOutcomeStatus.Rejected, outcome.Status);
        var finding = Assert.Single(outcome.Findings, f => f.Rule == "COMMUNE_CODE_BEFORE_REFORM");
        Assert.Equal("TongHop!A6", finding.Cell);
        Assert.Contains("Phường Trà Vinh (29242)", finding.Message);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM dw.fact_commune_year"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AfterTheReformANewerReportReplacesItsProvincesOlderOne(string engine)
    {
        using var folder = new ScratchFolder();
        var province = TidyReport.Create().AfterReform().SaveTo(folder.Path, "tinh-v1");
        var provinceAgain = TidyReport.Create().AfterReform().Set(TidyReport.ThongTin, "B7", "Người khác").SaveTo(folder.Path, "tinh-v2");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);

        var first = Assert.Single(pipeline.Ingest(province).Files);
        var second = Assert.Single(pipeline.Ingest(provinceAgain).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, second.Status);
        Assert.Equal(first.LoadId, second.SupersededLoadId);
        Assert.Equal("86", second.ReportingUnit);
        Assert.Null(second.DistrictCode);
        Assert.Equal("86", warehouse.Scalar($"SELECT reporting_unit FROM etl.file_load WHERE load_id = {second.LoadId}"));
        Assert.Equal(4, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_year WHERE year = 2025"));
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "archive", "2025", "86")));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ACommunesOwnReportOfACommuneItsProvinceAlreadyReportedIsRejectedNamingThatReport(string engine)
    {
        using var folder = new ScratchFolder();
        var province = TidyReport.Create().AfterReform().SaveTo(folder.Path, "tinh-vinh-long");
        var commune = TidyReport.Create().SingleCommuneAfterReform().SaveTo(folder.Path, "phuong-tra-vinh");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        pipeline.Ingest(province);

        var outcome = Assert.Single(pipeline.Ingest(commune).Files);

        Assert.Equal(FileOutcomeStatus.Rejected, outcome.Status);
        var finding = Assert.Single(outcome.Findings, f => f.Rule == "COMMUNE_REPORTED_ELSEWHERE");
        Assert.Equal("TongHop!A2", finding.Cell);
        Assert.Contains("tinh-vinh-long", finding.Message);
        Assert.Contains("Tỉnh Vĩnh Long (86)", finding.Message);
        Assert.Equal(TidyData.Communes[0].PoorEnd, warehouse.Count("SELECT poor_end FROM mart.poverty_commune_year WHERE commune_code = '29242' AND year = 2025"));
    }
}
