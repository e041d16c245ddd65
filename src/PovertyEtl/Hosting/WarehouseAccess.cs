using Microsoft.Extensions.Configuration;
using PovertyEtl.Ingestion;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Hosting;

/// <summary>
/// Opens the configured warehouse ready for work: migrations applied and dimensions in step with
/// the reference data, as every start does. A warehouse that cannot be reached surfaces as
/// <see cref="WarehouseUnreachableException"/> (exit code 3).
/// </summary>
public static class WarehouseAccess
{
    public const string DefaultConnectionString = "data/warehouse.duckdb";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration["Warehouse:ConnectionString"] is { Length: > 0 } value ? value : DefaultConnectionString;

    public static IWarehouse OpenReady(CommandRuntime runtime)
    {
        var warehouse = WarehouseFactory.Open(ConnectionString(runtime.Configuration), TimeProvider.System);
        try
        {
            var applied = warehouse.Migrate();
            foreach (var script in applied) runtime.Logger.Information("Migration {Script} applied to {Warehouse}", script, warehouse.Description);
            warehouse.SyncReference(runtime.Reference);
            return warehouse;
        }
        catch
        {
            warehouse.Dispose();
            throw;
        }
    }

    /// <summary>
    /// For a process that brought the warehouse up to date when it started (the worker): its runs
    /// open it without migrating and re-syncing the reference data each time.
    /// </summary>
    public static IWarehouse Open(CommandRuntime runtime) =>
        WarehouseFactory.Open(ConnectionString(runtime.Configuration), TimeProvider.System);

    /// <summary>For queries: brought up to date first, then opened so that it cannot be written.</summary>
    public static IWarehouse OpenForReading(CommandRuntime runtime)
    {
        OpenReady(runtime).Dispose();
        return WarehouseFactory.Open(ConnectionString(runtime.Configuration), TimeProvider.System, readOnly: true);
    }
}
