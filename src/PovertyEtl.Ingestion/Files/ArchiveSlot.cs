namespace PovertyEtl.Ingestion.Files;

/// <summary>
/// The name a file takes in a folder: its hashed name, or, when that name holds something else
/// (another file whose hash starts alike, a link someone planted), the first free
/// <c>name.2.xlsx</c>, <c>name.3.xlsx</c>… A file with exactly these bytes already there is the
/// slot itself: nothing is copied again.
/// </summary>
internal static class ArchiveSlot
{
    public static (string Target, bool AlreadyThere) Find(string preferred, FileClaim claim)
    {
        var candidate = preferred;
        for (var n = 2; ; n++)
        {
            var existing = new FileInfo(candidate);
            if (!existing.Exists && existing.LinkTarget is null) return (candidate, false);
            if (HoldsSameBytes(existing, claim)) return (candidate, true);
            candidate = Path.Combine(Path.GetDirectoryName(preferred)!,
                $"{Path.GetFileNameWithoutExtension(preferred)}.{n}{Path.GetExtension(preferred)}");
        }
    }

    private static bool HoldsSameBytes(FileInfo existing, FileClaim claim)
    {
        if (existing.LinkTarget is not null) return false;
        var length = claim.IsEmpty ? 0 : new FileInfo(claim.Path).Length;
        if (existing.Length != length) return false;
        // Never open what has no length: it may be a FIFO someone put there.
        return length == 0 || FileHash.Sha256(existing.FullName) == claim.Sha256;
    }
}
