using Microsoft.Extensions.Configuration;
using PovertyEtl.Commands;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Hosting;

/// <summary>
/// Opens the configured warehouse for what a command does with it. Loading and migrating open it
/// ready for work (migrations applied, dimensions in step with the reference data, as every start
/// does). Reading (<c>status</c>) and a user's own SQL (<c>sql</c>) open an existing warehouse
/// only, read-only: they never create, migrate or change it. A warehouse that cannot be reached
/// surfaces as <see cref="WarehouseUnreachableException"/> (exit code 3).
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

    /// <summary>For reading the history: an existing warehouse, read-only.</summary>
    public static IWarehouse OpenForReading(CommandRuntime runtime) =>
        WarehouseFactory.OpenExisting(ConnectionString(runtime.Configuration), TimeProvider.System);

    /// <summary>For the <c>sql</c> command: the one way a user's SQL reaches the engine.</summary>
    public static IReadOnlyQueries OpenForQueries(CommandRuntime runtime) =>
        WarehouseFactory.OpenReadOnlyQueries(ConnectionString(runtime.Configuration));

    /// <summary>A DuckDB file held by a load: not a fault, a wait. One line, exit code 3 (the warehouse could not be reached now).</summary>
    public static int TellBusy(WarehouseBusyException busy)
    {
        Console.Error.WriteLine($"{busy.Warehouse}: {busy.Reason}");
        return ExitCodes.WarehouseUnreachable;
    }
}
