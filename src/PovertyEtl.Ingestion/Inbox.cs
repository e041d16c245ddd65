namespace PovertyEtl.Ingestion;

/// <summary>
/// The inbox folder: report files that are complete, oldest first. A file still being written
/// (changed within the last <see cref="IngestionOptions.StableSeconds"/>), a temporary name
/// (<c>*.part</c>, Office's <c>~$…</c>) or a hidden file is left for a later run.
/// </summary>
public sealed class Inbox(IngestionOptions options, TimeProvider time)
{
    private static readonly string[] ReportExtensions = [".xlsx", ".xlsm", ".xls"];

    public IReadOnlyList<IncomingFile> CompleteFiles()
    {
        if (!Directory.Exists(options.InboxPath)) return [];
        var settledBefore = time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(options.StableSeconds);
        return new DirectoryInfo(options.InboxPath).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => IsReportName(f.Name) && (f.Attributes & FileAttributes.Hidden) == 0 && f.LastWriteTimeUtc <= settledBefore)
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new IncomingFile(f.FullName, FromInbox: true))
            .ToList();
    }

    public static bool IsReportName(string name) =>
        !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && ReportExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
}
