namespace PovertyEtl.Warehouse;

/// <summary>The warehouse could not be reached (server down, wrong password, file unusable): exit code 3.</summary>
public class WarehouseUnreachableException(string warehouse, string reason, Exception? inner = null)
    : Exception($"{warehouse}: {reason}", inner)
{
    public string Warehouse { get; } = warehouse;
    public string Reason { get; } = reason;
}
