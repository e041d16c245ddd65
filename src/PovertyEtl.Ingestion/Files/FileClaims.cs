namespace PovertyEtl.Ingestion.Files;

/// <summary>The result of trying to claim a file: the claim, or why the file was left alone.</summary>
public sealed record ClaimAttempt(FileClaim? Claim, FileNote LeftBecause);

/// <summary>
/// One run's claims (see <see cref="FileClaim"/>). Only regular files are taken from the inbox:
/// a symbolic link is left where it is and reported (following it could load, move or expose a
/// file outside the inbox); a file gone between listing and claim was taken by another process.
/// </summary>
public sealed class FileClaims(string inbox, string runId, bool dryRun) : IDisposable
{
    private ClaimFolder? _folder;

    public ClaimAttempt Take(IncomingFile file)
    {
        if (!file.FromInbox || dryRun) return new ClaimAttempt(FileClaim.Snapshot(file), FileNote.None);
        var entry = new FileInfo(file.Path);
        if (!entry.Exists) return Left(FileNote.TakenByAnotherWorker);
        if (entry.LinkTarget is not null) return Left(FileNote.NotARegularFile);

        _folder ??= ClaimFolder.Create(inbox, runId);
        var claimed = Path.Combine(_folder.Path, entry.Name);
        try
        {
            File.Move(file.Path, claimed);
        }
        catch (FileNotFoundException)
        {
            return Left(FileNote.TakenByAnotherWorker);
        }
        if (new FileInfo(claimed).LinkTarget is not null)
        {
            // Swapped for a link between the look and the claim: put back, as any link is.
            ClaimFolder.TryReturn(claimed, file.Path);
            return Left(FileNote.NotARegularFile);
        }
        try
        {
            return new ClaimAttempt(FileClaim.Moved(file, claimed), FileNote.None);
        }
        catch
        {
            ClaimFolder.TryReturn(claimed, file.Path);
            throw;
        }
    }

    public void Dispose() => _folder?.Dispose();

    private static ClaimAttempt Left(FileNote because) => new(null, because);
}
