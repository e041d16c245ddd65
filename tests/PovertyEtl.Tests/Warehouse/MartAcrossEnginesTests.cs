using System.Globalization;
using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The same reports give the same mart on DuckDB and PostgreSQL, row for row: every view of
/// schema <c>mart</c>, found in the catalogue (a view added later is covered without a change here).
/// </summary>
public sealed class MartAcrossEnginesTests
{
    [Fact]
    public void EveryMartViewGivesTheSameRowsOnBothEngines()
    {
        using var folder = new ScratchFolder();
        using var duckDb = Loaded(TestWarehouse.DuckDb, Path.Combine(folder.Path, "duckdb"));
        using var postgres = Loaded(TestWarehouse.Postgres, Path.Combine(folder.Path, "postgres"));

        var views = Names(duckDb, "SELECT view_name FROM duckdb_views() WHERE schema_name = 'mart'");
        Assert.Equal(views, Names(postgres, "SELECT viewname FROM pg_views WHERE schemaname = 'mart'"));
        Assert.Contains("poverty_commune_series", views);

        foreach (var view in views)
        {
            var onDuckDb = Rows(duckDb, view);
            var onPostgres = Rows(postgres, view);
            Assert.True(onDuckDb.Count > 0, $"mart.{view} has no row to compare");
            Assert.Equal(onDuckDb, onPostgres);
        }
    }

    /// <summary>A warehouse of the engine with the same reports loaded: 3 districts of Trà Vinh for 2024 and Vĩnh Long for 2025 (files are moved once loaded: each engine gets its own copy).</summary>
    private static PovertyEtl.Ingestion.Ports.IWarehouse Loaded(string engine, string root)
    {
        var files = SampleFiles.Write(Path.Combine(root, "2024"), districts: 3, households: 15, seed: 31).ToList();
        files.Add(TidyReport.Create().AfterReform().SaveTo(root, "vinh-long-2025"));
        var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, root));
        Assert.All(TestPipeline.Create(warehouse, root).Ingest([.. files]).Files, f => Assert.Equal(FileOutcomeStatus.Loaded, f.Status));
        return warehouse;
    }

    private static List<string> Names(PovertyEtl.Ingestion.Ports.IWarehouse warehouse, string sql) =>
        [.. warehouse.QueryReadOnly(sql).Rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal)];

    /// <summary>The view's rows as text, each value with its column, in one order: a number is its value (an engine's integer width is not a difference), a decimal keeps its scale.</summary>
    private static List<string> Rows(PovertyEtl.Ingestion.Ports.IWarehouse warehouse, string view)
    {
        var result = warehouse.QueryReadOnly($"SELECT * FROM mart.{view}");
        return [.. result.Rows
            .Select(row => string.Join(" | ", row.Select((value, i) => $"{result.Columns[i]}={Text(value)}")))
            .Order(StringComparer.Ordinal)];
    }

    private static string Text(object? value) => value switch
    {
        null => "NULL",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IConvertible n and (sbyte or byte or short or ushort or int or uint or long or ulong) => n.ToString(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
