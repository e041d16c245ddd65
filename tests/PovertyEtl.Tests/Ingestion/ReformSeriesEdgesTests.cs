using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// The series across the 2025 reform at their edges: communes merged in early 2025 reach the new
/// unit through their absorber (and say when that step is uncertain), a province that cannot be
/// compared shows no figures, and two districts of one name stay two.
/// </summary>
public sealed class ReformSeriesEdgesTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ACommuneMergedInEarly2025FlowsThroughItsAbsorberAndAnUncertainStepIsSaid(string engine)
    {
        using var folder = new ScratchFolder();
        // Bến Tre's first two districts: 829 (city) and 831 Châu Thành, where Phú An Hòa (28825, set by hand from one article:
        // confidence medium) and An Hóa (28849) went into An Phước (28828) in early 2025, then with Quới Sơn and Giao Long into new Giao Long (28807).
        var benTre = SampleFiles.Write(Path.Combine(folder.Path, "83"), districts: 2, households: 5, seed: 41, province: "83");
        var traVinh = SampleFiles.Write(Path.Combine(folder.Path, "84"), districts: 1, households: 5, seed: 42);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        Assert.All(TestPipeline.Create(warehouse, folder.Path).Ingest([.. benTre, .. traVinh]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));

        var giaoLong = warehouse.QueryReadOnly("SELECT comparable, source_communes, poor_end, comparability_note, commune_display_name " +
                                               "FROM mart.poverty_commune_series WHERE commune_code = '28807' AND year = 2024").Rows.Single();
        Assert.Equal(true, giaoLong[0]);
        Assert.Equal("28807,28813,28825,28828,28849", giaoLong[1]);
        Assert.Equal(warehouse.Count("SELECT sum(poor_end) FROM mart.poverty_commune_year WHERE year = 2024 AND commune_code IN ('28807', '28813', '28825', '28828', '28849')"),
            Convert.ToInt64(giaoLong[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("28825 → 28828", (string)giaoLong[3]!);
        Assert.Contains("độ tin cậy trung bình", (string)giaoLong[3]!);
        Assert.Equal("Xã Giao Long", giaoLong[4]);
        // Trà Vinh's Phường 2 and 6 (merged into Phường 3 in January, confidence high) are part of Phường Trà Vinh, with no note.
        var phuongTraVinh = warehouse.QueryReadOnly("SELECT comparable, source_communes, comparability_note FROM mart.poverty_commune_series " +
                                                    "WHERE commune_code = '29242' AND year = 2024").Rows.Single();
        Assert.Equal(true, phuongTraVinh[0]);
        Assert.Equal("29239,29242,29245,29251,29260", phuongTraVinh[1]);
        Assert.Null(phuongTraVinh[2]);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM mart.poverty_commune_series WHERE commune_code IS NULL"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AProvinceYearThatCannotBeComparedShowsNoFigures(string engine)
    {
        using var folder = new ScratchFolder();
        var traCu = TidyReport.Create().SaveTo(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path).Ingest(traCu);

        // Only Trà Cú's 4 communes of new Vĩnh Long's old Vĩnh Long, Bến Tre and Trà Vinh reported 2024: no figure under Vĩnh Long's name.
        var row = warehouse.QueryReadOnly("SELECT comparable, total_households, poor_end, poor_rate_pct, near_poor_end, near_poor_rate_pct, " +
                                          "communes_reporting, province_display_name, comparability_note FROM mart.poverty_province_series " +
                                          "WHERE province_code = '86' AND year = 2024").Rows.Single();
        Assert.Equal(false, row[0]);
        Assert.All(row[1..6], Assert.Null);
        Assert.Equal(4L, Convert.ToInt64(row[6], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Tỉnh Vĩnh Long", row[7]);
        Assert.Contains("Không so sánh được", (string)row[8]!);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void TheHuyenAndTheThiXaOfDuyenHaiStayTwoDistrictsNamedWithTheirType(string engine)
    {
        using var folder = new ScratchFolder();
        var traVinh = SampleFiles.Write(folder.Path, districts: 9, households: 3, seed: 43);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path).Ingest([.. traVinh]);

        var rows = warehouse.QueryReadOnly("SELECT district_code, district_name, district_type, district_display_name, communes " +
                                           "FROM mart.poverty_district_year WHERE district_code IN ('850', '851') ORDER BY district_code").Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal(["850", "Duyên Hải", "huyện", "Huyện Duyên Hải"], rows[0][..4]);
        Assert.Equal(["851", "Duyên Hải", "thị xã", "Thị xã Duyên Hải"], rows[1][..4]);
        Assert.Equal(7L, Convert.ToInt64(rows[0][4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Thị trấn Định An", warehouse.Scalar("SELECT commune_display_name FROM mart.poverty_commune_year WHERE commune_code = '29462'"));
        Assert.Equal("Phường 4", warehouse.Scalar("SELECT commune_display_name FROM mart.poverty_commune_year WHERE commune_code = '29236'"));
        Assert.Equal("Tỉnh Trà Vinh", warehouse.Scalar("SELECT DISTINCT province_display_name FROM mart.poverty_commune_year"));
    }
}
