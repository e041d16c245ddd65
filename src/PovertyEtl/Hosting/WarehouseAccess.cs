using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// Opens the configured warehouse for what a command does with it. Loading and migrating open it
/// ready for work (migrations applied, dimensions in step with the reference data, as every start
/// does). Reading (<c>status</c>) and a user's own SQL (<c>sql</c>) open an existing warehouse
/// only, read-only: they never create, migrate or change it. A warehouse that cannot be reached
/// surfaces as <see cref="WarehouseUnreachableException"/> (exit code 3).
/// </summary>
public sealed class WarehouseAccess(WarehouseOptions options, ReferenceData reference, TimeProvider time, ILogger log)
{
    public IWarehouse OpenReady()
    {
        var warehouse = Open();
        try
        {
            var applied = warehouse.Migrate();
            foreach (var script in applied) log.Information("Migration {Script} applied to {Warehouse}", script, warehouse.Description);
            warehouse.SyncReference(reference);
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
    public IWarehouse Open() => WarehouseFactory.Open(options.ConnectionString, time);

    /// <summary>For reading the history: an existing warehouse, read-only.</summary>
    public IWarehouse OpenForReading() => WarehouseFactory.OpenExisting(options.ConnectionString, time);

    /// <summary>For the <c>sql</c> command: the one way a user's SQL reaches the engine.</summary>
    public IReadOnlyQueries OpenForQueries() => WarehouseFactory.OpenReadOnlyQueries(options.ConnectionString);
}
