namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// Where a run keeps the inbox files it has claimed: <c>inbox/.povertyetl/claims/&lt;run&gt;/</c>,
/// beside a lock file the run holds open (an OS lock, so it dies with the process). A claim is a
/// rename into the folder: atomic, so of two processes one gets the file and the other finds it
/// gone, and whatever is later put under the inbox name is another file, never mixed with this one.
/// A folder whose lock nobody holds was left by a process that died: its files go back to the inbox.
/// </summary>
internal sealed class ClaimFolder : IDisposable
{
    private readonly FileStream _lock;

    private ClaimFolder(string path, FileStream held)
    {
        Path = path;
        _lock = held;
    }

    public string Path { get; }

    public static string RootOf(string inbox) => System.IO.Path.Combine(inbox, ".povertyetl", "claims");

    public static ClaimFolder Create(string inbox, string runId)
    {
        var path = System.IO.Path.Combine(RootOf(inbox), runId);
        Directory.CreateDirectory(RootOf(inbox));
        // The lock before the folder, so no other process ever sees the folder unheld.
        var held = Hold(path);
        Directory.CreateDirectory(path);
        return new ClaimFolder(path, held);
    }

    /// <summary>Returns to the inbox the files of claim folders no live process holds. Returns how many.</summary>
    public static int ReturnAbandoned(string inbox)
    {
        var root = RootOf(inbox);
        if (!Directory.Exists(root)) return 0;
        var returned = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            FileStream held;
            try { held = Hold(folder); }
            catch (IOException) { continue; } // a live run holds it
            catch (UnauthorizedAccessException) { return returned; } // a read-only inbox: nothing can move, the run reports its files
            using (held)
            {
                foreach (var file in Directory.EnumerateFiles(folder))
                {
                    if (TryReturn(file, System.IO.Path.Combine(inbox, System.IO.Path.GetFileName(file)))) returned++;
                }
                TryDeleteEmpty(folder);
            }
        }
        return returned;
    }

    /// <summary>Puts a claimed file back under its inbox name; false (and left in the claim) when that name is taken meanwhile.</summary>
    public static bool TryReturn(string claimed, string inboxPath)
    {
        try
        {
            File.Move(claimed, inboxPath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        TryDeleteEmpty(Path);
        _lock.Dispose();
    }

    private static FileStream Hold(string folder) =>
        new(folder + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);

    private static void TryDeleteEmpty(string folder)
    {
        try { Directory.Delete(folder); }
        catch (IOException) { /* not empty: a file could not go back; the next run tries again */ }
    }
}
