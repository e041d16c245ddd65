using System.Collections.Concurrent;

namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>
/// Whether a DuckDB file is held by a writer. DuckDB.NET reports every failure to open a file as
/// the same error type, whatever the cause; so when an open fails, the OS is asked directly: a
/// POSIX record lock on the file, the kind DuckDB's writer holds, is refused while one does. The
/// files this process holds are known without asking: releasing a probe's lock would drop the
/// process's own lock on the file (POSIX locks belong to the process, not the handle).
/// </summary>
internal static class DuckDbFileLock
{
    private static readonly ConcurrentDictionary<string, int> HeldHere = new(StringComparer.Ordinal);

    public static void Opened(string path) => HeldHere.AddOrUpdate(path, 1, (_, n) => n + 1);

    public static void Closed(string path) => HeldHere.AddOrUpdate(path, 0, (_, n) => Math.Max(0, n - 1));

    public static bool IsHeld(string path)
    {
        if (HeldHere.TryGetValue(path, out var count) && count > 0) return true;
        // .NET takes no record locks on macOS: there a held file is reported as unreachable.
        if (OperatingSystem.IsMacOS()) return false;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            file.Lock(0, 1);
            file.Unlock(0, 1);
            return false;
        }
        catch (IOException)
        {
            return File.Exists(path);
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
