using System.Data.Common;
using System.Diagnostics;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Validation;
using PovertyEtl.Validation.Rules;
using PovertyEtl.Ingestion.Files;
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
/// having rolled back; a fault that persists fails the file, which stays where it was. Each file
/// runs under a guard: whatever it throws (cancellation aside) is that file's <c>failed</c>, and
/// the run goes on with the next. The warehouse is reached only through its two ports, each call
/// with the run's cancellation token.
/// </summary>
public sealed class IngestionPipeline(
    ILoadStore loads, IRunHistory runs, ReportPass pass, FilePlacement placement,
    IdNumberHasher idHasher, TimeProvider time, ILogger log, ResiliencePipeline retry, int parallelism = 1)
{
    /// <summary>How many files are read at once (<c>Ingestion:Parallelism</c>): the one whose turn it is and those read ahead of it.</summary>
    private readonly int _width = Math.Max(1, parallelism);

    /// <summary>
    /// Ingests the files in order. Cancellation (SIGTERM, Ctrl+C) is honoured between files, inside
    /// a file between rows and in every warehouse call: the file's transaction then rolls back and
    /// it stays for the next run, as do the files read ahead of it.
    /// <para>
    /// With a width above one, the files after the current one are claimed, checked for duplicates
    /// and read on threads of their own meanwhile (<see cref="ReadAhead"/>, bounded), but every
    /// warehouse write, the warehouse rules and every commit stay on this one sequence, file after
    /// file in run order: a newer file of a reporting unit is never overtaken by an older one, each
    /// file's rules see every file committed before it, and outcomes come out in run order.
    /// </para>
    /// </summary>
    public Task<RunReport> RunAsync(string runId, string trigger, IReadOnlyList<IncomingFile> files, bool dryRun,
        Action<FileOutcome>? progress = null, CancellationToken cancellation = default) =>
        RunFilesAsync(runId, trigger, files, dryRun, null, progress, cancellation);

    /// <summary>
    /// This node's run of a <see cref="SharedRun"/> of a cluster, scheduled: as <see cref="RunAsync"/>
    /// over <paramref name="files"/> (the inbox as the shared run sees it), then the inbox listed
    /// again whenever the list is done, until a listing gives nothing this run can claim. A file
    /// another node claimed first is that node's: no outcome of this run (logged at Debug only).
    /// </summary>
    public Task<RunReport> RunSharedAsync(string runId, SharedRun shared, IReadOnlyList<IncomingFile> files, CancellationToken cancellation) =>
        RunFilesAsync(runId, RunTrigger.Schedule, files, dryRun: false, shared, null, cancellation);

    private async Task<RunReport> RunFilesAsync(string runId, string trigger, IReadOnlyList<IncomingFile> files, bool dryRun, SharedRun? shared,
        Action<FileOutcome>? progress, CancellationToken cancellation)
    {
        var started = time.GetUtcNow();
        var host = Environment.MachineName;
        var partOf = shared is null || shared.LeaderRunId == runId ? null : shared.LeaderRunId;
        if (!dryRun)
            await runs.StartRunAsync(new RunRecord(runId, trigger, host, started, null, files.Count, 0, 0, RunStatus.Running)
                { Shared = shared is not null, PartOf = partOf }, cancellation);
        var outcomes = new List<FileOutcome>();
        var interrupted = false;
        using var claims = placement.ClaimsFor(runId, dryRun);
        var ahead = new Queue<PreparedFile>();
        var list = new List<IncomingFile>(files);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        var prepared = 0;
        var claimedSinceListing = 0;
        var listedAgain = false;
        try
        {
            while (true)
            {
                if (cancellation.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }
                if (ahead.Count == 0 && prepared == list.Count)
                {
                    // A shared run's list is done: the inbox again, for what came back from a dead node's
                    // claim or was let go by a stopped one, until a listing gives nothing this run can claim.
                    if (shared is null || (listedAgain && claimedSinceListing == 0)) break;
                    var more = shared.ListInbox().Where(f => !tried.Contains(Path.GetFileName(f.Path))).ToList();
                    if (more.Count == 0) break;
                    list.AddRange(more);
                    listedAgain = true;
                    claimedSinceListing = 0;
                }
                while (ahead.Count < _width && prepared < list.Count)
                {
                    var next = await PrepareAsync(claims, list[prepared++], dryRun, cancellation);
                    if (next.Attempt?.LeftBecause == FileNote.TakenByAnotherWorker)
                    {
                        if (shared is not null)
                        {
                            // Another node of the shared run has it: its outcome is that node's.
                            log.Debug("{File}: claimed by another node of the run", Path.GetFileName(next.Source.Path));
                            next.Dispose();
                            continue;
                        }
                    }
                    else
                    {
                        tried.Add(Path.GetFileName(next.Source.Path));
                        claimedSinceListing++;
                    }
                    ahead.Enqueue(next);
                }
                if (ahead.Count == 0) continue;
                using var current = ahead.Dequeue();
                using (LogContext.PushProperty("File", Path.GetFileName(current.Source.Path)))
                {
                    var outcome = await IngestGuardedAsync(runId, current, dryRun, shared, cancellation);
                    if (outcome is null)
                    {
                        interrupted = true;
                        break;
                    }
                    log.Information("{File}: {Status} (district {DistrictCode}, year {Year}, {Errors} errors, {Warnings} warnings, {Rows} rows) in {Stages}",
                        outcome.File, outcome.Status.Code(), outcome.DistrictCode, outcome.Year, outcome.Errors, outcome.Warnings,
                        outcome.RowsLoaded, outcome.Stages.ToDictionary(s => s.Key, s => Math.Round(s.Value.TotalMilliseconds)));
                    outcomes.Add(outcome);
                    progress?.Invoke(outcome);
                }
            }
        }
        finally
        {
            // Files read ahead of a stopped run are let go: each goes back to the inbox, nothing of it loaded.
            while (ahead.TryDequeue(out var left)) left.Dispose();
        }
        var report = new RunReport(runId, trigger, started, time.GetUtcNow(), outcomes, interrupted);
        // A shared run saw the files it took; the others were other nodes' to tell.
        var seen = shared is null ? files.Count : outcomes.Count;
        // Recorded even when the run was cancelled: its end is what tells the next start it is not a dead run.
        if (!dryRun)
            await retry.ExecuteAsync(async token => await runs.FinishRunAsync(new RunRecord(runId, trigger, host, started, report.FinishedAt,
                seen, report.Loaded, report.Rejected, report.Status) { Shared = shared is not null, PartOf = partOf }, token), CancellationToken.None);
        return report;
    }

    /// <summary>
    /// The file's outcome, whatever happens; null when the run was cancelled in the middle of it
    /// (rolled back, left in place). The file is claimed first, so that what is hashed, read and
    /// placed is one file, and no other process works on it meanwhile.
    /// </summary>
    private async Task<FileOutcome?> IngestGuardedAsync(string runId, PreparedFile file, bool dryRun, SharedRun? shared, CancellationToken cancellation)
    {
        var name = Path.GetFileName(file.Source.Path);
        var started = time.GetUtcNow();
        FileClaim? claim = null;
        try
        {
            file.Fault?.Throw();
            var attempt = file.Attempt!;
            if (attempt.Claim is null)
            {
                // Another worker's file is no one's concern; a link in the inbox is someone's to look at.
                log.Write(attempt.LeftBecause == FileNote.TakenByAnotherWorker ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Warning,
                    "{File}: left alone, {Reason}", name, attempt.LeftBecause);
                return FileOutcome.Skipped(name, attempt.LeftBecause);
            }
            claim = attempt.Claim;
            // What was found ahead serves the first attempt only: a retry starts the file over, reading it again.
            var readAhead = file;
            var inSharedRun = shared is not null && attempt.Claim.Source.Place is { } place ? new SharedRunPlace(shared.LeaderRunId, place) : null;
            return await retry.ExecuteAsync(async token => await IngestAsync(runId, attempt.Claim, dryRun, Interlocked.Exchange(ref readAhead, null),
                inSharedRun, token), cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Warning("{File}: stopped before its end; rolled back, left for the next run", name);
            return null;
        }
        catch (Exception e)
        {
            // A fault on our side (or a bug a file revealed) that retrying did not cure: the file
            // stays where it was for the next run, or is set aside when it keeps failing this way.
            log.Error(e, "{File}: failed, left for the next run", name);
            if (!dryRun) await TryRecordFailureAsync(runId, name, claim?.Sha256, started, e);
            return FileOutcome.Failed(name, e.Message).With(TryQuarantine(claim, e, shared?.LeaderRunId ?? runId) ?? new Placement(null));
        }
    }

    /// <summary>
    /// Claims the file; with a width above one, also finds whether its bytes were loaded already
    /// and, if not, starts reading it. A fault of the claim is the file's, told when its turn comes;
    /// a fault of the duplicate check leaves both for the file's own attempt, which retries.
    /// </summary>
    private async Task<PreparedFile> PrepareAsync(FileClaims claims, IncomingFile source, bool dryRun, CancellationToken cancellation)
    {
        var file = new PreparedFile(source);
        try
        {
            file.Attempt = claims.Take(source);
        }
        catch (Exception e)
        {
            file.Fault = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            return file;
        }
        if (_width == 1 || file.Attempt.Claim is not { } claim || placement.PendingOf(claim) is not null || UnreadableFile.CheckOf(claim) is not null)
            return file;
        try
        {
            file.Original = await loads.FindLoadOfAsync(claim.Sha256, cancellation);
            file.OriginalKnown = true;
        }
        catch (Exception)
        {
            // A fault or a stop met here is met again, and told, by the file's own attempt.
            return file;
        }
        if (file.Original is null) file.Reading = ReadAhead.Start(claim, pass, dryRun ? null : idHasher, cancellation);
        return file;
    }

    /// <summary>
    /// Sets aside a file that keeps failing for its own bytes. A fault of the warehouse, the disk or
    /// the folders (an outage, a full disk) is not the file's: every file would fail alike, and all
    /// wait in the inbox until it passes, however many runs that takes.
    /// </summary>
    private Placement? TryQuarantine(FileClaim? claim, Exception fault, string runId)
    {
        if (claim is null || fault is DbException or IOException or UnauthorizedAccessException or TimeoutException) return null;
        try
        {
            var quarantined = placement.Quarantine(claim, fault, runId);
            if (quarantined is not null)
                log.Error("{File}: failed the same way {Runs} runs in a row, set aside as {PlacedAt}", claim.Name, FilePlacement.RunsBeforeReporting, quarantined.PlacedAt);
            return quarantined;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Error(e, "{File}: could not be counted or set aside", claim.Name);
            return null;
        }
    }

    private async Task<FileOutcome> IngestAsync(string runId, FileClaim file, bool dryRun, PreparedFile? ahead, SharedRunPlace? inSharedRun,
        CancellationToken cancellation)
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

        var (name, sha256) = (file.Name, file.Sha256);
        var started = time.GetUtcNow();
        if (placement.PendingOf(file) is { } pending)
            return Stage("place", () => PlaceOnly(file, pending)) with { Stages = stages };
        var found = ahead is { OriginalKnown: true } ? ahead.Original : await StageAsync("duplicate", () => loads.FindLoadOfAsync(sha256, cancellation));
        if (found is { } original)
            return await StageAsync("record", () => RecordDuplicateAsync(runId, file, name, sha256, original.ReportingUnit ?? original.DistrictCode,
                original.Year, started, dryRun, cancellation)) with { Stages = stages };

        using var load = dryRun ? null : await StageAsync("begin", () => loads.BeginLoadAsync(runId, name, sha256, started, cancellation));
        var check = ahead?.Reading is { } reading
            ? await StageAsync("read_validate_stage", () => reading.CheckInto(load, cancellation))
            : Stage("read_validate_stage", () => UnreadableFile.CheckOf(file)
                ?? pass.Check(file.Path, load is null ? null : new PseudonymisingSink(load, idHasher, cancellation)));
        if (check.Accepted)
        {
            var warehouseFindings = await StageAsync("warehouse_rules", () => WarehouseFindingsAsync(check, cancellation));
            check = check.With(warehouseFindings);
        }

        var outcome = check.AsAccepted() is not { } accepted
            ? await StageAsync("record", () => RecordRejectedAsync(runId, file, name, sha256, check, started, load, dryRun, cancellation))
            : load is null
                ? FileOutcome.WouldLoad(name, check)
                : await StageAsync("merge_commit", () => CommitAsync(runId, file, name, sha256, check, accepted, load, started, inSharedRun, cancellation));
        return outcome with { Stages = stages };
    }

    /// <summary>The rules only the warehouse can apply: a commune reported once a year; the start of the year against last year's end.</summary>
    private async Task<IReadOnlyList<Finding>> WarehouseFindingsAsync(ReportCheck check, CancellationToken cancellation)
    {
        if (check is not { Contents: { Communes: { } communes, Scope: var scope }, Year: { } year, ReportingUnit: { } unit }) return [];
        var codes = communes.Communes.Select(c => c.CommuneCode).OfType<string>().ToList();
        var figures = await loads.WarehouseRuleFiguresAsync(codes, year, unit, cancellation);
        return
        [
            .. ReportedOnceRule.Check(communes, year, figures.ReportedElsewhere, scope.Units),
            .. StartOfYearRule.Check(communes, year, figures.LastYearEnd, scope.Units),
        ];
    }

    /// <summary>A file an earlier run recorded but could not move: moved now, nothing loaded or recorded again.</summary>
    private FileOutcome PlaceOnly(FileClaim claim, PendingPlacement pending)
    {
        var placed = pending.Kind == PlacementKind.Archive
            ? placement.Archive(claim, pending.ReportingUnit, pending.Year)
            : placement.Reject(claim, UnreadableFile.CheckOf(claim) ?? pass.Check(claim.Path));
        return Placed(FileOutcome.Placed(claim.Name, placed));
    }

    /// <summary>The outcome with where its file went; a file that could not be moved is told at Error once it is stuck.</summary>
    private FileOutcome Placed(FileOutcome outcome)
    {
        if (outcome.Note == FileNote.PlacementStuck)
            log.Error("{File}: {Status} but still not moved after {Runs} runs: {Fault}", outcome.File, outcome.Status.Code(), FilePlacement.RunsBeforeReporting, outcome.Fault);
        else if (outcome.Note == FileNote.PlacementPending)
            log.Warning("{File}: {Status} but not moved, the next run moves it: {Fault}", outcome.File, outcome.Status.Code(), outcome.Fault);
        return outcome;
    }

    private async Task<FileOutcome> CommitAsync(string runId, FileClaim file, string name, string sha256, ReportCheck check, AcceptedReport accepted,
        IFileLoad load, DateTimeOffset started, SharedRunPlace? inSharedRun, CancellationToken cancellation)
    {
        var loaded = await load.CommitAsync(accepted, time.GetUtcNow(), inSharedRun, cancellation);
        if (loaded.DuplicateOf is not null)
        {
            load.Dispose();
            return await RecordDuplicateAsync(runId, file, name, sha256, check.ReportingUnit, check.Year, started, dryRun: false, cancellation);
        }
        if (loaded.SupersededBy is { } newer)
            log.Information("{File}: committed already superseded by load {Newer}, a file later in the inbox that another node of the run committed first",
                name, newer);
        var placed = placement.Archive(file, check.ReportingUnit, check.Year);
        return Placed(FileOutcome.Loaded(name, check, loaded.LoadId, loaded.SupersededLoadId, loaded.RowsLoaded).With(placed));
    }

    private async Task<FileOutcome> RecordRejectedAsync(string runId, FileClaim file, string name, string sha256, ReportCheck check,
        DateTimeOffset started, IFileLoad? load, bool dryRun, CancellationToken cancellation)
    {
        load?.Dispose();
        if (dryRun) return FileOutcome.Rejected(name, check, null);
        var loadId = await loads.RecordAttemptAsync(new FileAttempt(runId, name, sha256, check.DistrictCode, check.Year, LoadStatus.Rejected,
            check.Findings, check.Errors, check.Warnings, started, time.GetUtcNow()) { ProvinceCode = check.ProvinceCode, ReportingUnit = check.ReportingUnit },
            cancellation);
        var placed = placement.Reject(file, check);
        return Placed(FileOutcome.Rejected(name, check, loadId).With(placed));
    }

    private async Task<FileOutcome> RecordDuplicateAsync(string runId, FileClaim file, string name, string sha256, string? reportingUnit, int? year,
        DateTimeOffset started, bool dryRun, CancellationToken cancellation)
    {
        var district = year < AdministrativeEra.FirstPostReformYear ? reportingUnit : null;
        if (dryRun) return FileOutcome.Duplicate(name, district, year, null) with { ReportingUnit = reportingUnit };
        var loadId = await loads.RecordAttemptAsync(new FileAttempt(runId, name, sha256, district, year, LoadStatus.Duplicate,
            [], 0, 0, started, time.GetUtcNow()) { ReportingUnit = reportingUnit }, cancellation);
        var placed = file.IsOriginal ? placement.Archive(file, reportingUnit, year) : new Placement(null);
        return Placed(FileOutcome.Duplicate(name, district, year, loadId).With(placed) with { ReportingUnit = reportingUnit });
    }

    /// <summary>Records the failure without the run's token: a fault, not a stop, got us here, and the record is what the operator reads.</summary>
    private async Task TryRecordFailureAsync(string runId, string name, string? sha256, DateTimeOffset started, Exception fault)
    {
        try
        {
            await loads.RecordAttemptAsync(new FileAttempt(runId, name, sha256 ?? string.Empty, null, null, LoadStatus.Failed, [], 0, 0, started,
                time.GetUtcNow()), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort, inside the guard: whatever stops the record must not stop the run.
            log.Warning(e, "{File}: the failure could not be recorded either ({Fault})", name, fault.Message);
        }
    }

    /// <summary>A file of the run as the run found it ahead of its turn: its claim (or the fault claiming it), whether its bytes were loaded already, its reading.</summary>
    private sealed class PreparedFile(IncomingFile source) : IDisposable
    {
        public IncomingFile Source { get; } = source;
        public ClaimAttempt? Attempt { get; set; }
        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Fault { get; set; }
        public bool OriginalKnown { get; set; }
        public FileLoadRecord? Original { get; set; }
        public ReadAhead? Reading { get; set; }

        /// <summary>The reader stops before the claim lets the file go (back to the inbox, unless it was placed).</summary>
        public void Dispose()
        {
            Reading?.Dispose();
            Attempt?.Claim?.Dispose();
        }
    }
}
