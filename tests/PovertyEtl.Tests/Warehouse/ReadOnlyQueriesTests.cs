using System.Data.Common;
using Xunit;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The <c>sql</c> command's door (<see cref="IReadOnlyQueries"/>) on real engines: it reads, and
/// every attempt at more (a write however the text is split, a role, a grant, a file outside the
/// warehouse, an extension, an attached database, a setting) is refused by the engine's own
/// guards, with nothing changed afterwards.
/// </summary>
public sealed class ReadOnlyQueriesTests
{
    private const string Probe = "/tmp/povertyetl-probe-" + "written.csv";

    public static TheoryData<string> PostgresAttempts => new()
    {
        "COMMIT; CREATE TABLE public.probe(i int)",
        "SELECT 1; CREATE TABLE public.probe(i int)",
        "CREATE TABLE public.probe AS SELECT 1 AS i",
        "DELETE FROM etl.file_load",
        "CREATE ROLE probe_role LOGIN",
        "GRANT SELECT ON etl.finding TO povertyetl_bi",
        $"COPY (SELECT 42) TO '{Probe}'",
        "SET ROLE NONE",
        "RESET ROLE",
        "SELECT set_config('role', 'none', false)",
        "SELECT set_config('transaction_read_only', 'off', false)",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT count(*) FROM etl.finding",
    };

    [Theory]
    [MemberData(nameof(PostgresAttempts))]
    public async Task OnPostgreSqlAnythingButReadingTheMartIsRefusedAndNothingChanges(string attempt)
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        var attemptsBefore = warehouse.Count("SELECT count(*) FROM etl.file_load");
        await using var queries = WarehouseFactory.OpenReadOnlyQueries(connectionString);

        var refused = await Record.ExceptionAsync(() => queries.RunAsync(attempt, CancellationToken.None));

        Assert.True(refused is QueryRefusedException or DbException, $"{attempt}: {refused?.GetType().Name ?? "ran"}");
        Assert.Null(warehouse.Scalar("SELECT to_regclass('public.probe')::text"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM pg_roles WHERE rolname = 'probe_role'"));
        Assert.Equal(false, warehouse.Scalar("SELECT has_table_privilege('povertyetl_bi', 'etl.finding', 'SELECT')"));
        Assert.Equal(attemptsBefore, warehouse.Count("SELECT count(*) FROM etl.file_load"));
        Assert.False(File.Exists(Probe));
    }

    [Fact]
    public async Task OnPostgreSqlTheMartIsReadAsTheBiRole()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using (TestWarehouse.OpenReady(connectionString)) { }
        await using var queries = WarehouseFactory.OpenReadOnlyQueries(connectionString);

        var result = await queries.RunAsync("SELECT current_user AS who, count(*) AS districts FROM mart.poverty_district_year", CancellationToken.None);

        Assert.Equal(["who", "districts"], result.Columns);
        Assert.Equal("povertyetl_bi", Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public async Task APostgreSqlNumericNaNIsReadAsTheDoubleItIsNotAFault()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using (TestWarehouse.OpenReady(connectionString)) { }
        await using var queries = WarehouseFactory.OpenReadOnlyQueries(connectionString);

        var result = await queries.RunAsync("SELECT 'NaN'::numeric AS n, 2.50::numeric AS x", CancellationToken.None);

        Assert.Equal([double.NaN, 2.50m], Assert.Single(result.Rows));
    }

    public static TheoryData<string> DuckDbAttempts => new()
    {
        "COMMIT; CREATE TABLE etl.probe(i int)",
        "SELECT 1; CREATE TABLE etl.probe(i int)",
        "CREATE TABLE etl.probe AS SELECT 1 AS i",
        "DELETE FROM etl.file_load",
        $"COPY (SELECT 42) TO '{Probe}'",
        $"ATTACH '{Probe}.duckdb' AS other",
        "ATTACH ':memory:' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "SET ROLE admin",
        "SELECT set_config('role', 'none')",
    };

    [Theory]
    [MemberData(nameof(DuckDbAttempts))]
    public async Task OnDuckDbAnythingButReadingTheFileIsRefusedAndNothingChanges(string attempt)
    {
        using var folder = new ScratchFolder();
        var path = TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path);
        using (TestWarehouse.OpenReady(path)) { }
        var written = File.GetLastWriteTimeUtc(path);

        Exception? refused;
        await using (var queries = WarehouseFactory.OpenReadOnlyQueries(path))
            refused = await Record.ExceptionAsync(() => queries.RunAsync(attempt, CancellationToken.None));

        Assert.True(refused is QueryRefusedException or DbException, $"{attempt}: {refused?.GetType().Name ?? "ran"}");
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.False(File.Exists(Probe));
        Assert.False(File.Exists(Probe + ".duckdb"));
        using var warehouse = TestWarehouse.OpenReady(path);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'probe'"));
    }

    [Fact]
    public async Task OnDuckDbOneStatementIsReadAndSeveralAreRefusedBeforeAnyRuns()
    {
        using var folder = new ScratchFolder();
        var path = TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path);
        using (TestWarehouse.OpenReady(path)) { }
        await using var queries = WarehouseFactory.OpenReadOnlyQueries(path);

        var result = await queries.RunAsync("SELECT count(*) AS districts FROM mart.poverty_district_year", CancellationToken.None);
        var several = await Assert.ThrowsAsync<QueryRefusedException>(() => queries.RunAsync("SELECT 1; SELECT 2", CancellationToken.None));

        Assert.Equal(["districts"], result.Columns);
        Assert.Contains("2", several.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDuckDbFileIsNeverCreatedByReading()
    {
        using var folder = new ScratchFolder();
        var path = Path.Combine(folder.Path, "khong-co", "warehouse.duckdb");

        var missing = Assert.Throws<WarehouseMissingException>(() => WarehouseFactory.OpenReadOnlyQueries(path));
        Assert.Throws<WarehouseMissingException>(() => WarehouseFactory.OpenExisting(path, TimeProvider.System));

        Assert.Contains(path, missing.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "khong-co")));
    }

    [Fact]
    public void AnUnmigratedPostgreSqlDatabaseIsNoWarehouseForReading()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();

        Assert.Throws<WarehouseMissingException>(() => WarehouseFactory.OpenExisting(connectionString, TimeProvider.System));
    }
}
