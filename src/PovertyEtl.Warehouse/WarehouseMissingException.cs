namespace PovertyEtl.Warehouse;

/// <summary>
/// No warehouse where the configuration points (a DuckDB path with no file, a PostgreSQL database
/// never migrated), met by a command that only reads and so must not create one (<c>status</c>,
/// <c>sql</c>): exit code 3, naming the place.
/// </summary>
public sealed class WarehouseMissingException(string warehouse, string reason)
    : WarehouseUnreachableException(warehouse, reason);
