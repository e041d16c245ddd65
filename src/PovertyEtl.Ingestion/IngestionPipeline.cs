using System.Data.Common;
using System.Diagnostics;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Validation;
using PovertyEtl.Validation.Rules;
using Polly;
using Serilog;
using Serilog.Context;

namespace PovertyEtl.Ingestion;

/// <summary>
/// The one orchestrator the command line, the scheduler and the tests all call. A file is one
/// unit of work and reads like the flow: claimed (hash, duplicate?) → read, validated and staged
/// in one pass → errors? rejected with nothing loaded : merged and committed in one transaction →
/// recorded → placed. Each stage is timed into the file's outcome. A transient fault of the
/// warehouse (<paramref name="retry"/> decides which) makes the file start over, its transaction
/// having rolled back; a fault that persists fails the file, which stays where it was. The
/// warehouse is reached only through its two ports, each call with the run's cancellation token.
/// </summary>
public sealed class IngestionPipeline(
    ILoadStore loads, IRunHistory runs, ReportPass pass, FilePlacement placement,
    IdNumberHasher idHasher, TimeProvider time, ILogger log, ResiliencePipeline retry)
{
    /// <summary>
    /// Ingests the files in order. Cancellation (SIGTERM, Ctrl+C) is honoured between files, inside
    /// a file between rows and in every warehouse call: the file's transaction then rolls back and
    /// it stays for the next run.
    /// </summary>
    public async Task<RunReport> RunAsync(string runId, string trigger, IReadOnlyList<IncomingFile> files, bool dryRun,
        Action<FileOutcome>? progress = null, CancellationToken cancellation = default)
    {
        var started = time.GetUtcNow();
        var host = Environment.MachineName;
        if (!dryRun) await runs.StartRunAsync(new RunRecord(runId, trigger, host, started, null, files.Count, 0, 0, RunStatus.Running), cancellation);
        var outcomes = new List<FileOutcome>();
        foreach (var file in files)
        {
            if (cancellation.IsCancellationRequested) break;
            if (file.FromInbox && !File.Exists(file.Path))
            {
                log.Information("{File}: gone from the inbox, taken by another worker", Path.GetFileName(file.Path));
                continue;
            }
            using (LogContext.PushProperty("File", Path.GetFileName(file.Path)))
            {
                var outcome = await IngestWithRetriesAsync(runId, file, dryRun, cancellation);
                if (outcome is null) break;
                log.Information("{File}: {Status} (district {DistrictCode}, year {Year}, {Errors} errors, {Warnings} warnings, {Rows} rows) in {Stages}",
                    Path.GetFileName(file.Path), outcome.Status, outcome.DistrictCode, outcome.Year, outcome.Errors, outcome.Warnings,
                    outcome.RowsLoaded, outcome.Stages.ToDictionary(s => s.Key, s => Math.Round(s.Value.TotalMilliseconds)));
                outcomes.Add(outcome);
                progress?.Invoke(outcome);
            }
        }
        var report = new RunReport(runId, trigger, started, time.GetUtcNow(), outcomes);
        // Recorded even when the run was cancelled: its end is what tells the next start it is not a dead run.
        if (!dryRun)
            await retry.ExecuteAsync(async token => await runs.FinishRunAsync(new RunRecord(runId, trigger, host, started, report.FinishedAt,
                files.Count, report.Loaded, report.Rejected, report.Status), token), CancellationToken.None);
        return report;
    }

    /// <summary>The file's outcome; null when the run was cancelled in the middle of it (rolled back, left in place).</summary>
    private async Task<FileOutcome?> IngestWithRetriesAsync(string runId, IncomingFile file, bool dryRun, CancellationToken cancellation)
    {
        var name = Path.GetFileName(file.Path);
        var started = time.GetUtcNow();
        try
        {
            return await retry.ExecuteAsync(async token => await IngestAsync(runId, file, dryRun, token), cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Warning("{File}: stopped before its end; rolled back, left for the next run", name);
            return null;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            // A fault on our side that retrying did not cure: the file stays where it was for the next run.
            log.Error(e, "{File}: failed, left for the next run", name);
            await TryRecordFailureAsync(runId, name, started, e);
            return FileOutcome.Failed(name, e.Message);
        }
    }

    private async Task<FileOutcome> IngestAsync(string runId, IncomingFile file, bool dryRun, CancellationToken cancellation)
    {
        var stages = new Dictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> work)
        {
            clock.Restart();
            try { return work(); }
            finally { stages[name] = clock.Elapsed; }
        }
        async Task<T> StageAsync<T>(string name, Func<Task<T>> work)
        {
            clock.Restart();
            try { return await work(); }
            finally { stages[name] = clock.Elapsed; }
        }

        var name = Path.GetFileName(file.Path);
        var started = time.GetUtcNow();
        var sha256 = Stage("claim", () => FileHash.Sha256(file.Path));
        if (await StageAsync("duplicate", () => loads.FindLoadOfAsync(sha256, cancellation)) is { } original)
            return await StageAsync("record", () => RecordDuplicateAsync(runId, file, name, sha256, original.ReportingUnit ?? original.DistrictCode,
                original.Year, started, dryRun, cancellation)) with { Stages = stages };

        using var load = dryRun ? null : await StageAsync("begin", () => loads.BeginLoadAsync(runId, name, sha256, started, cancellation));
        var check = Stage("read_validate_stage", () => pass.Check(file.Path, load is null ? null : new PseudonymisingSink(load, idHasher, cancellation)));
        if (check.Accepted)
        {
            var warehouseFindings = await StageAsync("warehouse_rules", () => WarehouseFindingsAsync(check, cancellation));
            check = check.With(warehouseFindings);
        }

        var outcome = check.AsAccepted() is not { } accepted
            ? await StageAsync("record", () => RecordRejectedAsync(runId, file, name, sha256, check, started, load, dryRun, cancellation))
            : load is null
                ? FileOutcome.WouldLoad(name, check)
                : await StageAsync("merge_commit", () => CommitAsync(runId, file, name, sha256, check, accepted, load, started, cancellation));
        return outcome with { Stages = stages };
    }

    /// <summary>The rules only the warehouse can apply: a commune reported once a year; the start of the year against last year's end.</summary>
    private async Task<IReadOnlyList<Finding>> WarehouseFindingsAsync(ReportCheck check, CancellationToken cancellation)
    {
        if (check is not { Contents: { Communes: { } communes, Scope: var scope }, Year: { } year, ReportingUnit: { } unit }) return [];
        var codes = communes.Communes.Select(c => c.CommuneCode).OfType<string>().ToList();
        var elsewhere = await loads.CommunesReportedElsewhereAsync(codes, year, unit, cancellation);
        var lastYear = await loads.YearEndStocksAsync(codes, year - 1, unitsOfYear: year, cancellation);
        return
        [
            .. ReportedOnceRule.Check(communes, year, elsewhere, scope.Units),
            .. StartOfYearRule.Check(communes, year, lastYear, scope.Units),
        ];
    }

    private async Task<FileOutcome> CommitAsync(string runId, IncomingFile file, string name, string sha256, ReportCheck check, AcceptedReport accepted,
        IFileLoad load, DateTimeOffset started, CancellationToken cancellation)
    {
        var loaded = await load.CommitAsync(accepted, time.GetUtcNow(), cancellation);
        if (loaded.DuplicateOf is not null)
        {
            load.Dispose();
            return await RecordDuplicateAsync(runId, file, name, sha256, check.ReportingUnit, check.Year, started, dryRun: false, cancellation);
        }
        var placed = placement.Archive(file, sha256, check.ReportingUnit, check.Year);
        return FileOutcome.Loaded(name, check, loaded.LoadId, loaded.SupersededLoadId, loaded.RowsLoaded) with { PlacedAt = placed };
    }

    private async Task<FileOutcome> RecordRejectedAsync(string runId, IncomingFile file, string name, string sha256, ReportCheck check,
        DateTimeOffset started, IFileLoad? load, bool dryRun, CancellationToken cancellation)
    {
        load?.Dispose();
        if (dryRun) return FileOutcome.Rejected(name, check, null);
        var loadId = await loads.RecordAttemptAsync(new FileAttempt(runId, name, sha256, check.DistrictCode, check.Year, LoadStatus.Rejected,
            check.Findings, check.Errors, check.Warnings, started, time.GetUtcNow()) { ProvinceCode = check.ProvinceCode, ReportingUnit = check.ReportingUnit },
            cancellation);
        var placed = placement.Reject(file, sha256, check);
        return FileOutcome.Rejected(name, check, loadId) with { PlacedAt = placed };
    }

    private async Task<FileOutcome> RecordDuplicateAsync(string runId, IncomingFile file, string name, string sha256, string? reportingUnit, int? year,
        DateTimeOffset started, bool dryRun, CancellationToken cancellation)
    {
        var district = year < AdministrativeEra.FirstPostReformYear ? reportingUnit : null;
        if (dryRun) return FileOutcome.Duplicate(name, district, year, null) with { ReportingUnit = reportingUnit };
        var loadId = await loads.RecordAttemptAsync(new FileAttempt(runId, name, sha256, district, year, LoadStatus.Duplicate,
            [], 0, 0, started, time.GetUtcNow()) { ReportingUnit = reportingUnit }, cancellation);
        var placed = file.FromInbox ? placement.Archive(file, sha256, reportingUnit, year) : null;
        return FileOutcome.Duplicate(name, district, year, loadId) with { PlacedAt = placed, ReportingUnit = reportingUnit };
    }

    /// <summary>Records the failure without the run's token: a fault, not a stop, got us here, and the record is what the operator reads.</summary>
    private async Task TryRecordFailureAsync(string runId, string name, DateTimeOffset started, Exception fault)
    {
        try
        {
            await loads.RecordAttemptAsync(new FileAttempt(runId, name, string.Empty, null, null, LoadStatus.Failed, [], 0, 0, started, time.GetUtcNow()),
                CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or IOException or TimeoutException)
        {
            log.Warning(e, "{File}: the failure could not be recorded either ({Fault})", name, fault.Message);
        }
    }

    /// <summary>Hands households to the load with their ID numbers already pseudonymised; stops the stream when the run is cancelled.</summary>
    private sealed class PseudonymisingSink(IFileLoad load, IdNumberHasher hasher, CancellationToken cancellation) : IHouseholdSink
    {
        private int _count;

        public void Begin(ReportInfo info) => load.Begin(info);

        public void Add(Household household)
        {
            if (++_count % 4096 == 0) cancellation.ThrowIfCancellationRequested();
            load.Add(household with { IdNumber = household.IdNumber is { } id ? hasher.Hash(id) : null });
        }
    }
}
