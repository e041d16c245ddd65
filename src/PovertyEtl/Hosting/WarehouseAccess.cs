using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// Opens the configured warehouse: ready for work (migrations applied and dimensions in step with
/// the reference data, as every start does), as it is (for a process that made it ready when it
/// started), or for reading only. A warehouse that cannot be reached surfaces as
/// <see cref="WarehouseUnreachableException"/> (exit code 3).
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

    /// <summary>For queries: brought up to date first, then opened so that it cannot be written.</summary>
    public IWarehouse OpenForReading()
    {
        OpenReady().Dispose();
        return WarehouseFactory.Open(options.ConnectionString, time, readOnly: true);
    }
}
