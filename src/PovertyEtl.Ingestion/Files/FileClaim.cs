namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// A file this run holds while it works on it: the bytes it hashes, reads and places are one and
/// the same whatever happens meanwhile to the name it came under. An inbox file is renamed into the
/// run's claim folder (the original itself, moved on when placed, put back in the inbox if not);
/// a file named on the command line, or the inbox in a dry run, is copied once into a private
/// snapshot, hashed as it is copied, and the original is never touched again. A file with no
/// length is never opened: an empty file has nothing to read, and a FIFO or a device, which have
/// no length, would block the run or never end.
/// </summary>
public sealed class FileClaim : IDisposable
{
    private readonly bool _isOriginal;
    private bool _placed;

    private FileClaim(IncomingFile source, string path, string sha256, bool isEmpty, bool isOriginal)
    {
        Source = source;
        Path = path;
        Sha256 = sha256;
        IsEmpty = isEmpty;
        _isOriginal = isOriginal;
    }

    public IncomingFile Source { get; }

    /// <summary>The name it was sent under.</summary>
    public string Name => System.IO.Path.GetFileName(Source.Path);

    /// <summary>Where its bytes are read.</summary>
    public string Path { get; }

    public string Sha256 { get; }

    public bool IsEmpty { get; }

    /// <summary>Whether this is the inbox file itself, which placing moves out of the inbox (rather than a snapshot, which placing copies).</summary>
    public bool IsOriginal => _isOriginal;

    /// <summary>The inbox file itself, already renamed into the run's claim folder.</summary>
    internal static FileClaim Moved(IncomingFile source, string claimed)
    {
        var empty = new FileInfo(claimed).Length == 0;
        return new FileClaim(source, claimed, empty ? FileHash.OfNothing : FileHash.Sha256(claimed), empty, isOriginal: true);
    }

    /// <summary>A private copy of <paramref name="source"/>, hashed as it is made.</summary>
    internal static FileClaim Snapshot(IncomingFile source)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "povertyetl-snapshots", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var snapshot = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(source.Path));
        try
        {
            if (new FileInfo(source.Path).Length == 0)
            {
                File.WriteAllBytes(snapshot, []);
                return new FileClaim(source, snapshot, FileHash.OfNothing, isEmpty: true, isOriginal: false);
            }
            return new FileClaim(source, snapshot, FileHash.CopyHashing(source.Path, snapshot), isEmpty: false, isOriginal: false);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>Puts the file at <paramref name="target"/> (which must not exist): the original moved there, or a copy of the snapshot.</summary>
    public void PlaceAt(string target)
    {
        if (_isOriginal) AtomicFile.Move(Path, target);
        else AtomicFile.Copy(Path, target);
        _placed = true;
    }

    /// <summary>Lets the file go: an inbox file not placed goes back to the inbox for the next run; a snapshot is deleted.</summary>
    public void Dispose()
    {
        if (!_isOriginal)
        {
            try { Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the system's temp folder is cleaned by the OS */ }
        }
        else if (!_placed)
        {
            // If the inbox name was taken meanwhile, the claim stays where it is and the next run returns it.
            ClaimFolder.TryReturn(Path, Source.Path);
        }
    }
}
