namespace PovertyEtl.Warehouse;

/// <summary>
/// The embedded DuckDB file is held by another process (a load: DuckDB lets one process write a
/// file, and nobody read it meanwhile). Not a fault: the same command succeeds once the load ends,
/// so it is retried where a retry helps and told to the user as "busy, try again".
/// </summary>
public sealed class WarehouseBusyException(string warehouse, Exception? inner = null)
    : WarehouseUnreachableException(warehouse, "đang bận: một lượt nạp khác đang giữ tệp, hãy thử lại sau ít phút / busy: a load in another process holds the file, try again in a few minutes", inner);
