using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Worker;

/// <summary>
/// Several workers against one PostgreSQL, sharing the schedule through Quartz's clustered store,
/// surviving kills and a database outage with nothing lost and nothing loaded twice.
/// </summary>
public sealed class ClusteredWorkerTests
{
    private static Dictionary<string, string> Environment(string connectionString, bool clustered = true) => new()
    {
        ["POVERTYETL__Warehouse__ConnectionString"] = connectionString,
        ["POVERTYETL__Scheduler__Clustered"] = clustered ? "true" : "false",
        ["POVERTYETL__Schedule__IngestCron"] = "0/1 * * * * ?",
        ["POVERTYETL__Ingestion__StableSeconds"] = "1",
    };

    [Fact]
    public void TwoWorkersLoadFiftyFilesDroppedWhileTheyRunEachExactlyOnce()
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 50, households: 8, seed: 11);
        var connectionString = PostgresServer.Instance.CreateDatabase();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        using var first = WorkerProcess.Start(folder.Path, Environment(connectionString));
        using var second = WorkerProcess.Start(folder.Path, Environment(connectionString));

        foreach (var batch in files.Chunk(10))
        {
            foreach (var file in batch) InboxDelivery.Deliver(file, inbox);
            Thread.Sleep(TimeSpan.FromSeconds(1));
        }
        Eventually.True(() => InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")) == 50 && InboxDelivery.Waiting(inbox) == 0,
            TimeSpan.FromMinutes(3), "all fifty files archived", () => first.Output + second.Output);
        first.Terminate(TimeSpan.FromSeconds(30));
        second.Terminate(TimeSpan.FromSeconds(30));

        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(50, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(50, warehouse.Count("SELECT count(DISTINCT sha256) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status IN ('superseded', 'failed')"));
        Assert.Equal(50, warehouse.Count("SELECT count(*) FROM mart.poverty_district_year"));
        Assert.Equal(2, warehouse.Count("SELECT count(DISTINCT instance_name) FROM scheduler.qrtz_scheduler_state"));
    }

    [Fact]
    public void AWorkerKilledMidLoadTenTimesLeavesTheWarehouseConsistentAndEveryFileLoadsOnce()
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 6, households: 6_000, seed: 12);
        var connectionString = PostgresServer.Instance.CreateDatabase();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        foreach (var file in files) InboxDelivery.Deliver(file, inbox);
        var random = new Random(12);

        for (var kill = 0; kill < 10; kill++)
        {
            using (var worker = WorkerProcess.Start(folder.Path, Environment(connectionString)))
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(1500 + random.Next(2500)));
                worker.KillHard();
            }
            AssertConsistent(connectionString);
        }
        using (var survivor = WorkerProcess.Start(folder.Path, Environment(connectionString)))
        {
            Eventually.True(() => InboxDelivery.Waiting(inbox) == 0 && InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")) == 6,
                TimeSpan.FromMinutes(3), "every file archived", () => survivor.Output);
            survivor.Terminate(TimeSpan.FromSeconds(30));
        }

        AssertConsistent(connectionString);
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(6, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(36_000, warehouse.Count("SELECT count(*) FROM dw.fact_household_year h JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status = 'running'"));
    }

    [Fact]
    public void TwoClusteredWorkersShareTheFilesOfOneRunAndLoadEachExactlyOnce()
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 60, households: 600, seed: 14);
        var connectionString = PostgresServer.Instance.CreateDatabase();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        using var first = WorkerProcess.Start(folder.Path, Environment(connectionString));
        using var second = WorkerProcess.Start(folder.Path, Environment(connectionString));
        Eventually.True(() => first.Output.Contains("Ingest scheduled", StringComparison.Ordinal) && second.Output.Contains("Ingest scheduled", StringComparison.Ordinal),
            TimeSpan.FromMinutes(1), "both workers scheduled", () => first.Output + second.Output);

        InboxDelivery.DeliverAll(files, inbox, age: TimeSpan.FromMinutes(1));
        Eventually.True(() => InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")) == 60 && InboxDelivery.Waiting(inbox) == 0,
            TimeSpan.FromMinutes(3), "all sixty files archived", () => first.Output + second.Output);
        first.Terminate(TimeSpan.FromSeconds(30));
        second.Terminate(TimeSpan.FromSeconds(30));

        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(60, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(60, warehouse.Count("SELECT count(DISTINCT sha256) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status <> 'loaded'"));
        // One run's files loaded by its leader and by a part of it on the other node.
        Assert.True(warehouse.Count(
            "SELECT count(*) FROM etl.run p JOIN etl.run l ON l.run_id = p.part_of AND l.shared AND l.part_of IS NULL WHERE p.shared " +
            "AND EXISTS (SELECT 1 FROM etl.file_load f WHERE f.run_id = p.run_id AND f.status = 'loaded') " +
            "AND EXISTS (SELECT 1 FROM etl.file_load f WHERE f.run_id = l.run_id AND f.status = 'loaded')") >= 1, first.Output + second.Output);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status <> 'succeeded'"));
        Assert.Contains("part of run", first.Output + second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadersAndPartsOfASharedRunKilledAtRandomMomentsLeaveEveryFileLoadedOnceAndNoClaimBehind()
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 30, households: 10_000, seed: 15);
        var connectionString = PostgresServer.Instance.CreateDatabase();
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        InboxDelivery.DeliverAll(files, inbox, age: TimeSpan.FromMinutes(1));
        var random = new Random(15);
        var nodes = new List<(WorkerProcess Process, string Logs)>();
        (WorkerProcess, string) StartNode()
        {
            var logs = Path.Combine(folder.Path, "logs-" + nodes.Count);
            var node = (WorkerProcess.Start(folder.Path, new Dictionary<string, string>(Environment(connectionString)) { ["POVERTYETL__Logging__Path"] = logs }), logs);
            nodes.Add(node);
            return node;
        }
        var live = new List<(WorkerProcess Process, string Logs)> { StartNode(), StartNode() };
        Eventually.True(() => live.All(n => n.Process.Output.Contains("Ingest scheduled", StringComparison.Ordinal)), TimeSpan.FromMinutes(1),
            "both workers scheduled", () => string.Join("\n", live.Select(n => n.Process.Output)));
        var killed = new List<string>();
        var lastKill = DateTimeOffset.UtcNow;

        for (var round = 0; round < 8 && InboxDelivery.Waiting(inbox) > 0; round++)
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(1500 + random.Next(2500)));
            var role = round % 2 == 0 ? "leader" : "part";
            var target = live.FindIndex(n => RunsNow(connectionString, n.Logs, role));
            if (target < 0) (target, role) = (random.Next(live.Count), "either");
            live[target].Process.KillHard();
            lastKill = DateTimeOffset.UtcNow;
            killed.Add(role);
            live[target] = StartNode();
            AssertConsistent(connectionString);
        }
        Eventually.True(() => InboxDelivery.Waiting(inbox) == 0 && InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")) == 30
                              && RunningSince(connectionString, lastKill) == 0,
            TimeSpan.FromMinutes(4), "every file archived and the dead runs closed", () => string.Join("\n", nodes.Select(n => n.Process.Output)));
        foreach (var node in live) node.Process.Terminate(TimeSpan.FromSeconds(30));

        AssertConsistent(connectionString);
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Contains("leader", killed);
        Assert.Contains("part", killed);
        Assert.Equal(30, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(30, warehouse.Count("SELECT count(DISTINCT sha256) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status IN ('superseded', 'failed')"));
        Assert.Equal(300_000, warehouse.Count("SELECT count(*) FROM dw.fact_household_year h JOIN etl.file_load l ON l.load_id = h.load_id AND l.status = 'loaded'"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status = 'running'"));
        Assert.Equal(0, InboxDelivery.ClaimsLeft(inbox));
        foreach (var node in nodes) node.Process.Dispose();
    }

    /// <summary>Whether the node logging into <paramref name="logs"/> is running, right now, the leader's run of a shared run (or a part of one).</summary>
    private static bool RunsNow(string connectionString, string logs, string role)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(
            $"SELECT run_id FROM etl.run WHERE status = 'running' AND shared AND part_of IS {(role == "leader" ? "" : "NOT ")}NULL", connection);
        var running = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) running.Add(reader.GetString(0));
        return Directory.Exists(logs) && running.Count > 0 && Directory.GetFiles(logs).Any(log =>
        {
            using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var text = new StreamReader(stream).ReadToEnd();
            return running.Any(run => text.Contains($"\"RunId\":\"{run}\"", StringComparison.Ordinal));
        });
    }

    private static long RunningSince(string connectionString, DateTimeOffset moment)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM etl.run WHERE status = 'running' AND started_at < @moment", connection);
        command.Parameters.AddWithValue("moment", moment.UtcDateTime);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void WhenPostgreSqlStopsDuringARunTheRunIsFailedAndTheFilesLoadOnceItReturns()
    {
        using var folder = new ScratchFolder();
        using var server = PostgresServer.StartDedicated();
        var connectionString = server.CreateDatabase();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "made"), districts: 4, households: 40_000, seed: 13);
        var inbox = Path.Combine(folder.Path, "data", "inbox");
        foreach (var file in files) InboxDelivery.Deliver(file, inbox);
        using (TestWarehouse.OpenReady(connectionString)) { }
        using var worker = WorkerProcess.Start(folder.Path, Environment(connectionString, clustered: false));

        Eventually.True(() => RunUnderWay(connectionString), TimeSpan.FromSeconds(60), "a run under way", () => worker.Output, poll: TimeSpan.FromMilliseconds(50));
        server.Stop();
        Thread.Sleep(TimeSpan.FromSeconds(12));
        server.Start();
        Eventually.True(() => InboxDelivery.Waiting(inbox) == 0, TimeSpan.FromMinutes(3), "the inbox emptied once PostgreSQL is back", () => worker.Output);
        worker.Terminate(TimeSpan.FromSeconds(30));

        using var after = TestWarehouse.OpenReady(connectionString);
        Assert.True(after.Count("SELECT count(*) FROM etl.run WHERE status = 'failed'") >= 1, worker.Output);
        Assert.Equal(4, after.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(4, InboxDelivery.Archived(Path.Combine(folder.Path, "data", "archive")));
        Assert.Equal(0, after.Count("SELECT count(*) FROM etl.run WHERE status = 'running'"));
    }

    /// <summary>A light look, often: the run may last only a few seconds.</summary>
    private static bool RunUnderWay(string connectionString)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM etl.run WHERE status = 'running' AND files_seen > 0", connection);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void AssertConsistent(string connectionString)
    {
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(0, warehouse.Count(
            "SELECT count(*) FROM dw.fact_household_year h WHERE NOT EXISTS " +
            "(SELECT 1 FROM etl.file_load l WHERE l.load_id = h.load_id AND l.status IN ('loaded', 'superseded'))"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM (SELECT district_code, year FROM etl.file_load WHERE status = 'loaded' GROUP BY 1, 2 HAVING count(*) > 1) twice"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM (SELECT sha256 FROM etl.file_load WHERE status = 'loaded' GROUP BY 1 HAVING count(*) > 1) twice"));
    }
}
