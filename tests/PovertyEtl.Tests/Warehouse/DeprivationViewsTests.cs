using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The deprivation views read each household's mask with its year's standard: the 2019 review
/// under QĐ 59's 10 indicators, 2024 under Decree 07's 12, 2027 under Decree 351's (provisional)
/// 13, each row naming its standard_code; by indicator, by dimension and by number of
/// deprivations, the three views add up to the same households on both engines.
/// </summary>
public sealed class DeprivationViewsTests
{
    private static readonly (int Year, string Standard, Func<TidyReport> Report)[] Reviews =
    [
        (2019, "QD59_2015", () => TidyReport.Create().UnderQd59()),
        (2024, "ND07_2021", TidyReport.Create),
        (2027, "ND351_2025", () => TidyReport.Create().UnderNd351()),
    ];

    private static IWarehouse Loaded(string engine, ScratchFolder folder)
    {
        var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var files = Reviews.Select(r => r.Report().SaveTo(folder.Path, $"bao-cao-{r.Year}")).ToArray();
        var run = TestPipeline.Create(warehouse, folder.Path).Ingest(files);
        Assert.All(run.Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        return warehouse;
    }

    /// <summary>Each tidy household is deprived in its first marks: the indicators at those places of the standard's list.</summary>
    private static int Marks(TidyHousehold h) => h.Indicators.Count(i => i is "x" or "X" or "1" or "có");

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void EachYearsMaskIsReadWithItsOwnStandardsIndicatorsAndSaysWhichStandard(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = Loaded(engine, folder);

        foreach (var (year, standard, _) in Reviews)
        {
            Assert.Equal(standard, warehouse.Scalar($"SELECT DISTINCT standard_code FROM mart.deprivation_commune_year WHERE year = {year}"));
            Assert.Equal(ReferenceFixture.Load().StandardFor(year)!.Indicators.Count,
                warehouse.Count($"SELECT count(DISTINCT indicator_code) FROM mart.deprivation_commune_year WHERE year = {year}"));
        }
        Assert.Equal("Tiếp cận các dịch vụ y tế", warehouse.Scalar("SELECT DISTINCT indicator_name FROM mart.deprivation_commune_year WHERE year = 2019 AND indicator_code = 'HEA1'"));
        Assert.Equal("Dinh dưỡng", warehouse.Scalar("SELECT DISTINCT indicator_name FROM mart.deprivation_commune_year WHERE year = 2024 AND indicator_code = 'HEA1'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM mart.deprivation_commune_year WHERE year = 2027 AND (district_code IS NOT NULL OR province_code <> '86')"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM mart.deprivation_commune_year WHERE year = 2019 AND (district_code <> '849' OR province_code <> '84')"));
        Assert.Equal("QD59_2015 2016-2021 False|ND07_2021 2022-2026 False|ND351_2025 2027-2030 True", string.Join("|",
            warehouse.QueryReadOnly("SELECT standard_code, from_year, to_year, provisional FROM dw.dim_standard ORDER BY from_year").Rows
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r[0]} {r[1]}-{r[2]} {r[3]}"))));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void ByIndicatorByDimensionAndByCountTheViewsAddUpToTheSameHouseholds(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = Loaded(engine, folder);
        var reference = ReferenceFixture.Load();

        foreach (var (year, standard, _) in Reviews)
        {
            var indicators = reference.StandardFor(year)!.Indicators;
            var deprivations = TidyData.Households.Sum(Marks);
            Assert.Equal(deprivations, warehouse.Count($"SELECT sum(households_deprived) FROM mart.deprivation_commune_year WHERE year = {year}"));
            Assert.Equal(deprivations, warehouse.Count($"SELECT sum(deprivations * households) FROM mart.deprivation_count_commune_year WHERE year = {year}"));
            Assert.Equal(TidyData.Households.Count, warehouse.Count($"SELECT sum(households) FROM mart.deprivation_count_commune_year WHERE year = {year} AND standard_code = '{standard}'"));
            Assert.Equal(TidyData.Households.Count(h => Marks(h) == 3),
                warehouse.Count($"SELECT sum(households) FROM mart.deprivation_count_commune_year WHERE year = {year} AND deprivations = 3"));

            var expected = indicators.Select(i => i.DimensionCode).Distinct(StringComparer.Ordinal)
                .Select(d => $"{d}:{TidyData.Households.Count(h => indicators.Take(Marks(h)).Any(i => i.DimensionCode == d))}");
            var actual = warehouse.QueryReadOnly(
                    "SELECT dimension, CAST(sum(households_deprived) AS bigint), CAST(sum(households) AS bigint) FROM mart.deprivation_dimension_commune_year " +
                    $"WHERE year = {year} AND standard_code = '{standard}' GROUP BY dimension").Rows
                .Select(r => (Dimension: (string)r[0]!, Deprived: Convert.ToInt64(r[1], CultureInfo.InvariantCulture), Households: Convert.ToInt64(r[2], CultureInfo.InvariantCulture)))
                .ToList();
            Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Select(a => $"{a.Dimension}:{a.Deprived}").Order(StringComparer.Ordinal));
            Assert.All(actual, a => Assert.Equal(TidyData.Households.Count, a.Households));
        }
    }
}
