using PovertyEtl.Ingestion.Files;

namespace PovertyEtl.Ingestion;

/// <summary>
/// The inbox folder: the files that are complete, oldest first. A file still being written
/// (changed within the last <see cref="IngestionOptions.StableSeconds"/>), a temporary name
/// (<c>*.part</c>, Office's <c>~$…</c>) or a hidden file is left for a later run. Any other file
/// is taken, a workbook or not (one that is not is rejected, never left unnoticed). Files a dead
/// process had claimed are put back first, so they are taken again.
/// </summary>
public sealed class Inbox(IngestionOptions options, TimeProvider time)
{
    public IReadOnlyList<IncomingFile> CompleteFiles()
    {
        if (!Directory.Exists(options.InboxPath)) return [];
        ClaimFolder.ReturnAbandoned(options.InboxPath);
        var settledBefore = time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(options.StableSeconds);
        return new DirectoryInfo(options.InboxPath).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => ReportFileNames.IsTaken(f.Name) && (f.Attributes & FileAttributes.Hidden) == 0 && f.LastWriteTimeUtc <= settledBefore)
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new IncomingFile(f.FullName, FromInbox: true))
            .ToList();
    }
}
