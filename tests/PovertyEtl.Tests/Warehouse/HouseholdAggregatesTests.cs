using System.Globalization;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The household list's aggregates the mart views read (common/0050, 0051) stay exactly what their
/// definitions compute from the list, on both engines: after loads, after a supersede, and after
/// the reference data moves an indicator to another dimension.
/// </summary>
public sealed class HouseholdAggregatesTests
{
    private static readonly string[] Aggregates =
        ["agg_household_ethnicity", "agg_household_deprivation_count", "agg_household_category", "agg_household_category_dimension"];

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void LoadsAndASupersedeKeepEveryAggregateEqualToItsDefinition(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        var first = SampleFiles.Write(Path.Combine(folder.Path, "2024"), districts: 2, households: 40, seed: 5).ToList();
        first.Add(TidyReport.Create().AfterReform().SaveTo(folder.Path, "vinh-long-2025"));
        Assert.All(pipeline.Ingest([.. first]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        AssertEveryAggregateIsItsDefinition(warehouse);

        // The first district again, other households: its load supersedes the first one.
        var again = SampleFiles.Write(Path.Combine(folder.Path, "again"), districts: 1, households: 25, seed: 6).Single();
        var superseding = Assert.Single(pipeline.Ingest(again).Files);
        Assert.NotNull(superseding.SupersededLoadId);
        AssertEveryAggregateIsItsDefinition(warehouse);
        AssertTheDeprivationViewsCountTheCurrentHouseholdList(warehouse);

        // The superseded load's rows stay (history), and the views read only the current load's.
        Assert.True(warehouse.Count($"SELECT count(*) FROM dw.agg_household_ethnicity WHERE load_id = {superseding.SupersededLoadId}") > 0);
        Assert.Equal(warehouse.Count($"SELECT count(*) FROM dw.fact_household_year WHERE load_id = {superseding.LoadId}"),
            warehouse.Count($"SELECT sum(households) FROM mart.ethnicity_commune_year WHERE year = 2024 AND district_code = '{superseding.DistrictCode}'"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AnIndicatorMovedToAnotherDimensionComputesTheDimensionAggregateAgain(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var files = SampleFiles.Write(Path.Combine(folder.Path, "2024"), districts: 1, households: 60, seed: 9);
        Assert.All(TestPipeline.Create(warehouse, folder.Path).Ingest([.. files]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        const string Education = "SELECT sum(households_deprived) FROM mart.deprivation_dimension_commune_year WHERE year = 2024 AND dimension = 'EDU'";
        var before = warehouse.Count(Education);

        // Decree 07's nutrition (HEA1) counted under education instead: a correction of the reference data.
        warehouse.SyncReference(ReferenceData.Load(CorrectedReference(folder.Path)));

        AssertEveryAggregateIsItsDefinition(warehouse);
        AssertTheDeprivationViewsCountTheCurrentHouseholdList(warehouse);
        Assert.True(warehouse.Count(Education) > before, "households deprived in nutrition now count under education");
        Assert.Equal(warehouse.Count("SELECT count(*) FROM dw.year_dimension_mask"), warehouse.Count("SELECT count(*) FROM dw.agg_household_dimension_basis"));
    }

    private static string CorrectedReference(string root)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "config", "reference");
        var target = Path.Combine(root, "reference");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        var indicators = Path.Combine(target, "indicators.csv");
        var lines = File.ReadAllLines(indicators)
            .Select(l => l.StartsWith("ND07_2021,HEA1,HEA,Y tế,Health,", StringComparison.Ordinal)
                ? "ND07_2021,HEA1,EDU,Giáo dục,Education," + l["ND07_2021,HEA1,HEA,Y tế,Health,".Length..]
                : l)
            .ToArray();
        Assert.Contains(lines, l => l.StartsWith("ND07_2021,HEA1,EDU,", StringComparison.Ordinal));
        File.WriteAllLines(indicators, lines);
        return target;
    }

    private static void AssertEveryAggregateIsItsDefinition(IWarehouse warehouse)
    {
        foreach (var table in Aggregates)
        {
            var stored = Rows(warehouse, $"SELECT * FROM dw.{table}");
            Assert.NotEmpty(stored);
            Assert.Equal(Rows(warehouse, $"SELECT * FROM dw.{table}_definition"), stored);
        }
    }

    /// <summary>
    /// The two deprivation views read one aggregate row each, nothing summed (common/0051): their
    /// rows are still those of counting the current loads' households directly, per commune, year,
    /// category and indicator (dimension) of the year's standard.
    /// </summary>
    private static void AssertTheDeprivationViewsCountTheCurrentHouseholdList(IWarehouse warehouse)
    {
        const string Households = "FROM dw.fact_household_year h JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded' " +
            "JOIN dw.dim_geography g ON g.geography_key = h.geography_key JOIN dw.dim_year y ON y.year_key = h.year_key " +
            "JOIN dw.dim_category c ON c.category_key = h.category_key ";
        var byIndicator = Rows(warehouse,
            "SELECT y.year, g.district_code, g.commune_code, c.category_code, i.indicator_code, i.dimension_name, i.indicator_name, " +
            "CAST(sum((CAST(h.deprivations AS bigint) >> i.bit) & 1) AS bigint), CAST(count(*) AS bigint), g.province_code, i.standard_code " +
            Households + "JOIN dw.dim_indicator i ON i.standard_code = y.standard_code AND i.bit >= 0 " +
            "GROUP BY h.geography_key, h.year_key, h.category_key, i.indicator_key, y.year, g.district_code, g.commune_code, c.category_code, " +
            "i.indicator_code, i.dimension_name, i.indicator_name, g.province_code, i.standard_code");
        Assert.NotEmpty(byIndicator);
        Assert.Equal(byIndicator, Rows(warehouse, "SELECT * FROM mart.deprivation_commune_year"));
        var byDimension = Rows(warehouse,
            "SELECT y.year, g.province_code, g.district_code, g.commune_code, d.standard_code, c.category_code, d.dimension_code, d.dimension_name, " +
            "CAST(sum(CASE WHEN (CAST(h.deprivations AS bigint) & d.mask) <> 0 THEN 1 ELSE 0 END) AS bigint), CAST(count(*) AS bigint) " +
            Households + "JOIN dw.dimension_mask d ON d.standard_code = y.standard_code " +
            "GROUP BY h.geography_key, h.year_key, h.category_key, y.year, g.province_code, g.district_code, g.commune_code, d.standard_code, " +
            "c.category_code, d.dimension_code, d.dimension_name");
        Assert.NotEmpty(byDimension);
        Assert.Equal(byDimension, Rows(warehouse, "SELECT * FROM mart.deprivation_dimension_commune_year"));
    }

    private static List<string> Rows(IWarehouse warehouse, string sql) =>
        [.. warehouse.QueryReadOnly(sql).Rows
            .Select(row => string.Join(" | ", row.Select(Text)))
            .Order(StringComparer.Ordinal)];

    /// <summary>A value as text; an array (the deprived per bit) by its elements, not its type's name.</summary>
    private static string Text(object? value) => value switch
    {
        null => "NULL",
        string s => s,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "NULL",
    };
}
