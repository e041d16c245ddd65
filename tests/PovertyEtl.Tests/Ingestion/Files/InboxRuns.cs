using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion.Files;

/// <summary>Runs of the pipeline over a test's inbox, as the worker and <c>ingest</c> without PATH make them.</summary>
internal static class InboxRuns
{
    public static RunReport IngestInbox(this IngestionPipeline pipeline, string root, Action<FileOutcome>? progress = null,
        CancellationToken cancellation = default) =>
        pipeline.RunAsync(Guid.NewGuid().ToString("N")[..12], "manual", InboxOf(root).CompleteFiles(), dryRun: false, progress, cancellation)
            .GetAwaiter().GetResult();

    /// <summary>
    /// One node's run of a cluster's shared run led by <paramref name="leaderRunId"/>, over these
    /// inbox files only: the other nodes have the rest (the inbox listed again gives it nothing more).
    /// </summary>
    public static RunReport IngestShared(this IngestionPipeline pipeline, string leaderRunId, params IncomingFile[] files) =>
        pipeline.RunSharedAsync(Guid.NewGuid().ToString("N")[..12], new SharedRun(leaderRunId, () => []), files, CancellationToken.None)
            .GetAwaiter().GetResult();

    public static Inbox InboxOf(string root) => new(TestPipeline.Folders(root), TimeProvider.System);

    public static string InboxPath(string root) => TestPipeline.Folders(root).InboxPath;

    /// <summary>A sample report (of the <paramref name="district"/>th district) delivered into the inbox; returns its path there.</summary>
    public static string Deliver(string root, int seed = 1, int district = 0, int households = 40)
    {
        var made = Path.Combine(root, "made", Guid.NewGuid().ToString("N"));
        var file = SampleFiles.Write(made, districts: district + 1, households: households, seed: seed)[district];
        InboxDelivery.Deliver(file, InboxPath(root));
        return Path.Combine(InboxPath(root), Path.GetFileName(file));
    }

    /// <summary>Every file under a folder, hidden ones included, the way an operator would list it.</summary>
    public static string[] FilesUnder(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
}
