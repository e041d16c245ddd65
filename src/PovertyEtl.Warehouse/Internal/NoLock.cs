namespace PovertyEtl.Warehouse.Internal;

internal sealed class NoLock : IDisposable
{
    public static readonly NoLock Instance = new();
    public void Dispose() { }
}
