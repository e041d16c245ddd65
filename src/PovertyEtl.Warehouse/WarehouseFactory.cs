using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse.DuckDb;
using PovertyEtl.Warehouse.Portal;
using PovertyEtl.Warehouse.Postgres;

namespace PovertyEtl.Warehouse;

/// <summary>
/// Opens the warehouse the connection string names, for what the caller will do with it; throws
/// <see cref="WarehouseUnreachableException"/> (or its <see cref="WarehouseBusyException"/>,
/// <see cref="WarehouseMissingException"/>) when it cannot.
/// </summary>
public static class WarehouseFactory
{
    /// <summary>For loading and migrating: a DuckDB file is created when missing.</summary>
    public static IWarehouse Open(string connectionString, TimeProvider time)
    {
        var location = WarehouseLocation.Parse(connectionString);
        return location.Engine == WarehouseEngine.Postgres
            ? PostgresWarehouse.Open(location, time)
            : DuckDbWarehouse.Open(location, time);
    }

    /// <summary>For the portal: one request's warehouse (created when missing, as for loading), with the portal's own port.</summary>
    public static IPortalWarehouse OpenForPortal(string connectionString, TimeProvider time)
    {
        var location = WarehouseLocation.Parse(connectionString);
        return location.Engine == WarehouseEngine.Postgres
            ? PostgresWarehouse.Open(location, time)
            : DuckDbWarehouse.Open(location, time);
    }

    /// <summary>For reading the history (<c>status</c>): an existing warehouse, opened so that it cannot be changed or created.</summary>
    public static IWarehouse OpenExisting(string connectionString, TimeProvider time)
    {
        var location = WarehouseLocation.Parse(connectionString);
        return location.Engine == WarehouseEngine.Postgres
            ? PostgresWarehouse.OpenExisting(location, time)
            : DuckDbWarehouse.OpenExisting(location, time);
    }

    /// <summary>For a user's own SQL (<c>sql</c>): an existing warehouse, read and nothing else (see <see cref="IReadOnlyQueries"/>).</summary>
    public static IReadOnlyQueries OpenReadOnlyQueries(string connectionString)
    {
        var location = WarehouseLocation.Parse(connectionString);
        return location.Engine == WarehouseEngine.Postgres
            ? PostgresReadOnlyQueries.Open(location)
            : DuckDbReadOnlyQueries.Open(location);
    }
}
