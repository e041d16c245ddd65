namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// Every file the product puts in a folder (archive, rejected, findings text, annotated copy)
/// arrives whole or not at all: it is written under a fresh temporary name in the target folder,
/// created exclusively (<see cref="FileMode.CreateNew"/>: an existing name, a planted symbolic
/// link included, is never opened, so nothing is written through it), then renamed into place.
/// On any failure (a full disk, a size limit, a folder that turned read-only) the temporary
/// file is removed and the final name is left as it was: never a partial or empty file there.
/// </summary>
public static class AtomicFile
{
    public static void Write(string target, Action<Stream> write, bool replace = false)
    {
        var temporary = TemporaryBeside(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            // A rename replaces a name (a planted link included), never writes through it.
            File.Move(temporary, target, overwrite: replace);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A copy of <paramref name="source"/> at <paramref name="target"/>, which must not exist yet.</summary>
    public static void Copy(string source, string target) =>
        Write(target, output =>
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            input.CopyTo(output);
        });

    /// <summary>
    /// Moves a file this process owns (a claimed inbox file) to <paramref name="target"/>, which
    /// must not exist yet. Within a file system both steps are renames; across file systems the
    /// first is a copy into the temporary name, so a copy cut short never shows under the final name.
    /// </summary>
    public static void Move(string source, string target)
    {
        var temporary = TemporaryBeside(target);
        try
        {
            File.Move(source, temporary);
        }
        catch
        {
            // Only a partial copy is removed: while the source is there, the temporary is not it.
            if (File.Exists(source)) TryDelete(temporary);
            throw;
        }
        try
        {
            File.Move(temporary, target);
        }
        catch
        {
            File.Move(temporary, source);
            throw;
        }
    }

    /// <summary>A short hidden name, unique and unguessable, so that no one can plant anything under it in advance.</summary>
    public static string TemporaryBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "." + Guid.NewGuid().ToString("N") + ".part");

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the first fault is the one to report */ }
    }
}
