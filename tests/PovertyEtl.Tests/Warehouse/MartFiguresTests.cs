using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// What the mart publishes, figure by figure: exact rates, the new columns of the report (near-poor
/// households with no labour, the unit of support beneficiaries), persons from the household list,
/// and units told apart by their type.
/// </summary>
public sealed class MartFiguresTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ARateOf201In20000HouseholdsIs1_01HalfUp(string engine)
    {
        using var folder = new ScratchFolder();
        // Phước Hưng with 20,000 households, 201 of them poor (a stock with no flows); no list to count them against.
        var file = Create().SetRow(TongHop, "C3", 20_000, 201, 0, 0, 0, 201, null).RemoveSheet(DanhSachHo).SaveTo(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(TestPipeline.Create(warehouse, folder.Path).Ingest(file).Files).Status);

        Assert.Equal(1.01m, warehouse.QueryReadOnly("SELECT poor_rate_pct FROM mart.poverty_commune_year WHERE commune_code = '29464'").Rows.Single()[0]);
        Assert.Equal(1.01m, warehouse.QueryReadOnly("SELECT dw.rate_pct(201, 20000)").Rows.Single()[0]);
        Assert.Equal(0.01m, warehouse.QueryReadOnly("SELECT dw.rate_pct(1, 20000)").Rows.Single()[0]);
        Assert.Equal(0.00m, warehouse.QueryReadOnly("SELECT dw.rate_pct(1, 20001)").Rows.Single()[0]);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void NearPoorHouseholdsWithNoLabourAreLoadedAndSummedByDistrict(string engine)
    {
        using var folder = new ScratchFolder();
        var file = Create().Set(TongHop, "Q1", "Hộ cận nghèo không có khả năng lao động")
            .Set(TongHop, "Q2", 1).Set(TongHop, "Q3", 2).Set(TongHop, "Q4", 0).Set(TongHop, "Q5", 2).SaveTo(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(TestPipeline.Create(warehouse, folder.Path).Ingest(file).Files).Status);

        Assert.Equal(2, warehouse.Count("SELECT near_poor_no_labour_end FROM mart.poverty_commune_year WHERE commune_code = '29464'"));
        Assert.Equal(5, warehouse.Count("SELECT near_poor_no_labour_end FROM mart.poverty_district_year WHERE district_code = '849'"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void PersonsInPoorAndNearPoorHouseholdsAreCountedFromTheListAndUnknownWithoutOne(string engine)
    {
        using var folder = new ScratchFolder();
        var withList = Create().SaveTo(folder.Path);
        var withoutList = Create().Set(ThongTin, "B5", 2023).RemoveSheet(DanhSachHo).SaveTo(folder.Path, "bao-cao-849-2023");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        Assert.All(TestPipeline.Create(warehouse, folder.Path).Ingest([withList, withoutList]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));

        var commune = TidyData.Communes[1].Code;
        Assert.Equal(TidyData.Households.Where(h => h.CommuneCode == commune && h.Poor).Sum(h => h.Members),
            warehouse.Count($"SELECT poor_persons_end FROM mart.poverty_commune_year WHERE commune_code = '{commune}' AND year = 2024"));
        Assert.Equal(TidyData.Households.Where(h => h.CommuneCode == commune && !h.Poor).Sum(h => h.Members),
            warehouse.Count($"SELECT near_poor_persons_end FROM mart.poverty_commune_year WHERE commune_code = '{commune}' AND year = 2024"));
        Assert.Equal(TidyData.Households.Where(h => h.Poor).Sum(h => h.Members),
            warehouse.Count("SELECT poor_persons_end FROM mart.poverty_district_year WHERE district_code = '849' AND year = 2024"));
        Assert.Null(warehouse.Scalar($"SELECT poor_persons_end FROM mart.poverty_commune_year WHERE commune_code = '{commune}' AND year = 2023"));
        Assert.Null(warehouse.Scalar("SELECT near_poor_persons_end FROM mart.poverty_district_year WHERE district_code = '849' AND year = 2023"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void SupportBeneficiariesCarryTheUnitTheirColumnHeaderNames(string engine)
    {
        using var folder = new ScratchFolder();
        var households = Create().SaveTo(folder.Path);
        var turns = Create().Set(ThongTin, "B5", 2023).Set(HoTro, "C1", "Số lượt").SaveTo(folder.Path, "bao-cao-849-2023");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path).Ingest([households, turns]);

        Assert.Equal("households", warehouse.Scalar("SELECT DISTINCT beneficiary_unit FROM mart.support_commune_year WHERE year = 2024"));
        Assert.Equal("turns", warehouse.Scalar("SELECT DISTINCT beneficiary_unit FROM mart.support_commune_year WHERE year = 2023"));
        Assert.Equal(TidyData.ProvinceCode, warehouse.Scalar("SELECT DISTINCT province_code FROM mart.support_commune_year"));
        Assert.Equal(TidyData.ProvinceCode, warehouse.Scalar("SELECT DISTINCT province_code FROM mart.ethnicity_commune_year"));
    }
}
