using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// A series never compares two poverty standards silently: each year carries the standard it was
/// reviewed under, and the first year of a standard that follows another says so.
/// </summary>
public sealed class SeriesStandardTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void The2021And2022ReviewsCarryTheirOwnStandardAnd2022SaysTheStandardChanged(string engine)
    {
        using var folder = new ScratchFolder();
        var y2021 = SampleFiles.Write(Path.Combine(folder.Path, "2021"), districts: 1, households: 5, seed: 51, year: 2021);
        var y2022 = SampleFiles.Write(Path.Combine(folder.Path, "2022"), districts: 1, households: 5, seed: 52, year: 2022);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        Assert.All(TestPipeline.Create(warehouse, folder.Path).Ingest([.. y2021, .. y2022]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));

        foreach (var view in new[] { "mart.poverty_commune_series", "mart.poverty_province_series" })
        {
            var rows = warehouse.QueryReadOnly($"SELECT year, min(standard_code), max(standard_code), count(standard_note), min(standard_note) FROM {view} GROUP BY year ORDER BY year").Rows;
            Assert.Equal(2, rows.Count);
            Assert.Equal([2021, "QD59_2015", "QD59_2015", 0], [Convert.ToInt32(rows[0][0], CultureInfo.InvariantCulture), rows[0][1], rows[0][2], Convert.ToInt32(rows[0][3], CultureInfo.InvariantCulture)]);
            Assert.Equal(2022, Convert.ToInt32(rows[1][0], CultureInfo.InvariantCulture));
            Assert.Equal("ND07_2021", rows[1][1]);
            Assert.Equal("ND07_2021", rows[1][2]);
            var rowsOf2022 = warehouse.Count($"SELECT count(*) FROM {view} WHERE year = 2022");
            Assert.Equal(rowsOf2022, Convert.ToInt64(rows[1][3], CultureInfo.InvariantCulture));
            Assert.Contains("QĐ 59/2015/QĐ-TTg", (string)rows[1][4]!);
            Assert.Contains("07/2021/NĐ-CP", (string)rows[1][4]!);
        }
    }
}
