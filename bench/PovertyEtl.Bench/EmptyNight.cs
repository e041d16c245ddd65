using Microsoft.Extensions.Configuration;
using System.Diagnostics;
using System.Globalization;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Hosting;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using PovertyEtl.Worker;

namespace PovertyEtl.Bench;

/// <summary>
/// A nightly run that finds the inbox empty, as the worker runs it (<see cref="ScheduledIngestion"/>,
/// in this process), on a warehouse holding a national year: the first run, whose code is not yet
/// compiled as after a worker's start, then the slowest of the next three. Target: under 1 s.
/// </summary>
public static class EmptyNight
{
    public static string Measure(string name, string connectionString)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        var root = Path.Combine(Path.GetTempPath(), "povertyetl-bench-night-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new IngestionOptions
        {
            InboxPath = Path.Combine(root, "inbox"), ArchivePath = Path.Combine(root, "archive"), RejectedPath = Path.Combine(root, "rejected"),
        };
        Directory.CreateDirectory(options.InboxPath);
        var time = TimeProvider.System;
        var log = Serilog.Core.Logger.None;
        var retry = Polly.ResiliencePipeline.Empty;
        var hasher = new IdNumberHasher("bench-key");
        var pipelines = new IngestionPipelines(new ReportPass(reference, time), new FilePlacement(options, new RejectedFileFeedback(reference)), hasher,
            reference, new RunSummaryOptions { Path = Path.Combine(root, "summary") }, options, time, log, retry);
        var night = new ScheduledIngestion(new WarehouseAccess(new WarehouseOptions { ConnectionString = connectionString }, reference, time, log),
            pipelines, new IdHashKeyGuard(hasher, time, log), new Inbox(options, time),
            ScheduleSettings.Read(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Warehouse:ConnectionString"] = connectionString }).Build()),
            new NodeRuns(), time, retry, log);

        double Once()
        {
            var clock = Stopwatch.StartNew();
            night.RunAsync(recovering: false, CancellationToken.None).GetAwaiter().GetResult();
            return clock.Elapsed.TotalMilliseconds;
        }
        var first = Once();
        var slowest = Enumerable.Range(0, 3).Max(_ => Once());
        Directory.Delete(root, recursive: true);
        return string.Create(CultureInfo.InvariantCulture, $"night {name} {first:0} ms first, {slowest:0} ms warm");
    }
}
