namespace PovertyEtl.Hosting.Settings;

/// <summary><c>Warehouse</c>: where the warehouse is (a DuckDB file path, or a PostgreSQL connection string starting with <c>Host=</c>).</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";
    public const string DefaultConnectionString = "data/warehouse.duckdb";

    public string ConnectionString { get; set; } = DefaultConnectionString;
}
