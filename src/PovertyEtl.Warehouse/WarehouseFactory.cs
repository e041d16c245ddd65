using PovertyEtl.Ingestion;
using PovertyEtl.Warehouse.DuckDb;
using PovertyEtl.Warehouse.Postgres;

namespace PovertyEtl.Warehouse;

/// <summary>Opens the warehouse the connection string names; throws <see cref="WarehouseUnreachableException"/> when it cannot.</summary>
public static class WarehouseFactory
{
    public static IWarehouse Open(string connectionString, TimeProvider time, bool readOnly = false)
    {
        var location = WarehouseLocation.Parse(connectionString);
        return location.Engine == WarehouseEngine.Postgres
            ? PostgresWarehouse.Open(location, time)
            : DuckDbWarehouse.Open(location, time, readOnly);
    }
}
