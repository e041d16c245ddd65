using PovertyEtl.Ingestion.Files;

namespace PovertyEtl.Ingestion;

/// <summary>
/// The inbox folder: the files that are complete, oldest first (<see cref="InboxPlace"/>). A file
/// still being written (changed within the last <see cref="IngestionOptions.StableSeconds"/>), a
/// temporary name (<c>*.part</c>, Office's <c>~$…</c>) or a hidden file is left for a later run.
/// Any other file is taken, a workbook or not (one that is not is rejected, never left
/// unnoticed). Files a dead process had claimed are put back first, so they are taken again.
/// </summary>
public sealed class Inbox(IngestionOptions options, TimeProvider time)
{
    public IReadOnlyList<IncomingFile> CompleteFiles() => CompleteFiles(time.GetUtcNow());

    /// <summary>
    /// The files that were complete at <paramref name="asOf"/>: a shared run of a cluster lists the
    /// inbox again as of its start, so that files arriving meanwhile wait for the next run and a
    /// constantly fed inbox does not keep the run going.
    /// </summary>
    public IReadOnlyList<IncomingFile> CompleteFiles(DateTimeOffset asOf)
    {
        if (!Directory.Exists(options.InboxPath)) return [];
        ClaimFolder.ReturnAbandoned(options.InboxPath);
        var settledBefore = asOf.UtcDateTime - TimeSpan.FromSeconds(options.StableSeconds);
        return new DirectoryInfo(options.InboxPath).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => ReportFileNames.IsTaken(f.Name) && (f.Attributes & FileAttributes.Hidden) == 0 && f.LastWriteTimeUtc <= settledBefore)
            .Select(f => new IncomingFile(f.FullName, FromInbox: true) { Place = new InboxPlace(f.LastWriteTimeUtc, f.Name) })
            .OrderBy(f => f.Place)
            .ToList();
    }
}
