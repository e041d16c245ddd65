using PovertyEtl.Ingestion.History;
using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>The run history (<see cref="IRunHistory"/>): <c>etl.run</c>, and the file attempts of runs.</summary>
internal abstract partial class SqlWarehouse
{
    /// <summary>Marks a run as alive for as long as this process runs it (released by <see cref="FinishRunAsync"/> or by the process dying).</summary>
    protected abstract Task HoldRunAsync(string runId, CancellationToken cancellation);

    protected abstract void ReleaseRun(string runId);

    /// <summary>Whether some live process still holds the run.</summary>
    protected abstract Task<bool> IsRunHeldAsync(string runId, CancellationToken cancellation);

    public async Task<int> CloseInterruptedRunsAsync(DateTimeOffset now, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        var closed = 0;
        foreach (var runId in await session.QueryAsync<string>($"SELECT run_id FROM etl.run WHERE status = {p["running"]}",
                     new { running = RunStatus.Running.Code() }, cancellation))
        {
            if (await IsRunHeldAsync(runId, cancellation)) continue;
            closed += await session.ExecuteAsync(
                $"UPDATE etl.run SET status = {p["failed"]}, finished_at = {p["now"]} WHERE run_id = {p["runId"]} AND status = {p["running"]}",
                new { failed = RunStatus.Failed.Code(), running = RunStatus.Running.Code(), now, runId }, cancellation);
        }
        return closed;
    }

    public async Task StartRunAsync(RunRecord run, CancellationToken cancellation)
    {
        using (var session = await SessionAsync(cancellation))
        {
            var p = Dialect;
            await session.ExecuteAsync("INSERT INTO etl.run (run_id, trigger, host, started_at, files_seen, status, shared, part_of) " +
                                       $"VALUES ({p["RunId"]}, {p["Trigger"]}, {p["Host"]}, {p["StartedAt"]}, {p["FilesSeen"]}, {p["Status"]}, " +
                                       $"{p["Shared"]}, {p["PartOf"]})",
                new { run.RunId, run.Trigger, run.Host, run.StartedAt, run.FilesSeen, Status = run.Status.Code(), run.Shared, run.PartOf }, cancellation);
        }
        await HoldRunAsync(run.RunId, cancellation);
    }

    public async Task FinishRunAsync(RunRecord run, CancellationToken cancellation)
    {
        using (var session = await SessionAsync(cancellation))
        {
            var p = Dialect;
            await session.ExecuteAsync($"UPDATE etl.run SET finished_at = {p["FinishedAt"]}, files_seen = {p["FilesSeen"]}, files_loaded = {p["FilesLoaded"]}, " +
                                       $"files_rejected = {p["FilesRejected"]}, status = {p["Status"]} WHERE run_id = {p["RunId"]}",
                new { run.FinishedAt, run.FilesSeen, run.FilesLoaded, run.FilesRejected, Status = run.Status.Code(), run.RunId }, cancellation);
        }
        ReleaseRun(run.RunId);
    }

    public async Task<IReadOnlyList<RunRecord>> SharedRunsUnderWayAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        // The partial index of sql/postgres/0042 holds exactly these rows.
        return [.. (await session.RowsAsync("SELECT run_id, trigger, host, started_at, files_seen FROM etl.run " +
                                            $"WHERE shared AND status = {p["running"]} AND part_of IS NULL ORDER BY started_at",
                new { running = RunStatus.Running.Code() }, cancellation))
            .Select(r => new RunRecord(r.Text("run_id"), r.Text("trigger"), r.Text("host"), r.Time("started_at"), null, r.Int("files_seen"), 0, 0,
                RunStatus.Running) { Shared = true })];
    }

    public async Task<IReadOnlyList<string>> PartsUnderWayAsync(CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return [.. await session.QueryAsync<string>($"SELECT run_id FROM etl.run WHERE shared AND status = {p["running"]} AND part_of IS NOT NULL",
            new { running = RunStatus.Running.Code() }, cancellation)];
    }

    public Task<bool> IsRunAliveAsync(string runId, CancellationToken cancellation) => IsRunHeldAsync(runId, cancellation);


    public async Task RecordFinishedRunAsync(RunRecord run, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        await session.ExecuteAsync("INSERT INTO etl.run (run_id, trigger, host, started_at, finished_at, files_seen, files_loaded, files_rejected, status) " +
                                   $"VALUES ({p["RunId"]}, {p["Trigger"]}, {p["Host"]}, {p["StartedAt"]}, {p["FinishedAt"]}, {p["FilesSeen"]}, " +
                                   $"{p["FilesLoaded"]}, {p["FilesRejected"]}, {p["Status"]})",
            new { run.RunId, run.Trigger, run.Host, run.StartedAt, run.FinishedAt, run.FilesSeen, run.FilesLoaded, run.FilesRejected,
                Status = run.Status.Code() }, cancellation);
    }

    public async Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return [.. (await session.RowsAsync("SELECT run_id, trigger, host, started_at, finished_at, files_seen, files_loaded, files_rejected, status, " +
                                            $"shared, part_of FROM etl.run ORDER BY started_at DESC, run_id LIMIT {p["count"]}", new { count }, cancellation))
            .Select(r => new RunRecord(r.Text("run_id"), r.Text("trigger"), r.Text("host"), r.Time("started_at"), r.NullableTime("finished_at"),
                r.Int("files_seen"), r.Int("files_loaded"), r.Int("files_rejected"), RunStatusCodes.FromCode(r.Text("status")))
                { Shared = r.NullableText("shared") is not null && r.Bool("shared"), PartOf = r.NullableText("part_of") })];
    }

    public async Task<DateTimeOffset?> LastRunStartedAsync(string trigger, CancellationToken cancellation)
    {
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return (await session.RowsAsync($"SELECT max(started_at) AS started_at FROM etl.run WHERE trigger = {p["trigger"]}", new { trigger }, cancellation))
            .Select(r => r.NullableTime("started_at")).Single();
    }

    public async Task<IReadOnlyList<FileLoadRecord>> FileLoadsOfAsync(IReadOnlyCollection<string> runIds, CancellationToken cancellation)
    {
        if (runIds.Count == 0) return [];
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return [.. (await session.RowsAsync($"SELECT {FileLoadColumns}, reporting_unit FROM etl.file_load WHERE {p.In("run_id", "runIds")} ORDER BY load_id",
                new { runIds = runIds.ToArray() }, cancellation))
            .Select(ToFileLoad)];
    }

    public async Task<IReadOnlyDictionary<long, string>> FileNamesOfLoadsAsync(IReadOnlyCollection<long> loadIds, CancellationToken cancellation)
    {
        if (loadIds.Count == 0) return new Dictionary<long, string>();
        using var session = await SessionAsync(cancellation);
        var p = Dialect;
        return (await session.RowsAsync($"SELECT load_id, file_name FROM etl.file_load WHERE {p.In("load_id", "loadIds")}",
                new { loadIds = loadIds.ToArray() }, cancellation))
            .ToDictionary(r => r.Long("load_id"), r => r.Text("file_name"));
    }
}
