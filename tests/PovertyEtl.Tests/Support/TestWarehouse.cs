using Xunit;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Support;

/// <summary>A fresh, migrated warehouse of a test's own on either engine: a DuckDB file in its folder, or a new PostgreSQL database.</summary>
public static class TestWarehouse
{
    public const string DuckDb = "duckdb";
    public const string Postgres = "postgres";

    public static TheoryData<string> Engines => new() { DuckDb, Postgres };

    public static string ConnectionString(string engine, string folder) =>
        engine == DuckDb ? Path.Combine(folder, "data", "warehouse.duckdb") : PostgresServer.Instance.CreateDatabase();

    public static IWarehouse OpenReady(string connectionString)
    {
        var warehouse = WarehouseFactory.Open(connectionString, TimeProvider.System);
        warehouse.Migrate();
        warehouse.SyncReference(ReferenceFixture.Load());
        return warehouse;
    }
}
