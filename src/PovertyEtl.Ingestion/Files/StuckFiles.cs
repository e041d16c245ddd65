namespace PovertyEtl.Ingestion.Files;

/// <summary>A recorded file that no run could move for several runs: someone must look (a full disk, a folder in the way).</summary>
public sealed record StuckFile(string Name, int Runs);

/// <summary>
/// The inbox's stuck files by name, for <c>status</c>: the ledger knows them by hash, so the inbox's
/// files are hashed only when the ledger has any stuck entry at all (the usual answer is none).
/// </summary>
public static class StuckFiles
{
    public static IReadOnlyList<StuckFile> In(string inbox)
    {
        var stuck = new InboxLedger(inbox).StuckPlacements(FilePlacement.RunsBeforeReporting).ToDictionary(s => s.Sha256, s => s.Attempts, StringComparer.Ordinal);
        if (stuck.Count == 0 || !Directory.Exists(inbox)) return [];
        return [.. Directory.EnumerateFiles(inbox)
            .Where(path => ReportFileNames.IsTaken(Path.GetFileName(path)) && new FileInfo(path) is { LinkTarget: null, Length: > 0 })
            .Select(path => (Name: Path.GetFileName(path), Sha256: FileHash.Sha256(path)))
            .Where(f => stuck.ContainsKey(f.Sha256))
            .Select(f => new StuckFile(f.Name, stuck[f.Sha256]))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }
}
