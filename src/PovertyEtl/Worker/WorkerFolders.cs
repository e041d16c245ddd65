using PovertyEtl.Hosting;
using PovertyEtl.Ingestion;

namespace PovertyEtl.Worker;

/// <summary>
/// A worker that cannot use its folders would run on for nights doing nothing useful (a missing
/// inbox reads as "0 files", a read-only one loads a file it cannot move): so at start the inbox,
/// archive, rejected and log folders must exist or be creatable, be folders, and take a file,
/// else the worker stops at once with exit 2 naming the setting.
/// </summary>
public static class WorkerFolders
{
    public static void Check(IngestionOptions ingestion, string logFolder)
    {
        var problems = new[]
            {
                ("Ingestion:InboxPath", ingestion.InboxPath), ("Ingestion:ArchivePath", ingestion.ArchivePath),
                ("Ingestion:RejectedPath", ingestion.RejectedPath), ("Logging:Path", logFolder),
            }
            .Select(f => (f.Item1, f.Item2, Problem: Logging.FolderProblem(f.Item2)))
            .Where(f => f.Problem is not null)
            .Select(f => $"{f.Item1} {Path.GetFullPath(f.Item2)} cannot be used ({f.Problem})")
            .ToList();
        if (problems.Count > 0) throw new ConfigurationException(string.Join("; ", problems));
    }
}
