using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace PovertyEtl.Bench;

/// <summary>
/// <c>--national --cluster</c>: the national files loaded by 1, then 2 clustered single-core
/// worker nodes on PostgreSQL, each count on a new database and a new shared inbox.
///
/// The nodes are the real <c>povertyetl worker</c> (<see cref="ClusterNode"/>), node k pinned to
/// core k with <c>Ingestion:Parallelism=1</c>, <c>Scheduler:Clustered=true</c> and a schedule
/// that fires every 2 s. They are started on an empty inbox and left until every node has checked
/// in to the clustered scheduler and the schedule has fired N times (start-up, migration and the
/// first run's warm-up are not measured). Then the files, copied beforehand into a folder beside
/// the inbox, are renamed into it at once, with a modification time in the past so that they are
/// complete at once. The time measured runs from the start of the first run that worked on them
/// (the earliest <c>etl.run.started_at</c> among the runs that recorded a file) to the moment the
/// bench sees every file archived and recorded loaded (polled every 100 ms).
///
/// Around that window the bench samples each node's CPU time and peak memory and the CPU time of
/// the PostgreSQL server (when it runs on this machine) and the WAL it wrote; from the one-node
/// count it estimates how many nodes PostgreSQL can keep up with (<see cref="PrintCeiling"/>).
/// </summary>
public static class ClusterScaling
{
    private const string Cron = "0/2 * * * * ?";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static volatile bool _interrupted;

    public static int Run(int files, int seed)
    {
        if (Refusal() is { } refusal)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }
        var folder = National.Workload(files, seed);
        Console.WriteLine($"Cluster scaling: {files} national files ({files * (long)National.Households:N0} households, {National.Megabytes(folder):0} MB), " +
                          $"single-core clustered worker nodes on PostgreSQL, {Environment.ProcessorCount} processors");

        // Ctrl+C or SIGTERM: the nodes are killed at once, and the bench stops at its next look (its folders removed).
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ClusterNode.KillAll();
        var counts = new List<ClusterCount>();
        try
        {
            foreach (var nodes in new[] { 1, 2 }) counts.Add(Measure(nodes, folder, files));
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Interrupted: the nodes were stopped.");
            return 1;
        }
        finally
        {
            ClusterNode.KillAll();
        }

        Console.WriteLine();
        Console.WriteLine($"{"nodes",5} {"seconds",8} {"files/s",8} {"rows/s",10} {"speed-up",8} {"node CPU busy",14} {"node peak MB",13} {"files per node",15} {"PG core-s/file",15} {"WAL MB/file",12}");
        var one = counts[0];
        foreach (var count in counts)
            Console.WriteLine($"{count.Nodes,5} {count.Seconds,8:0.00} {count.FilesPerSecond,8:0.00} {count.RowsPerSecond,10:N0} {one.Seconds / count.Seconds,8:0.00} " +
                              $"{string.Join('/', count.NodeCpuSeconds.Select(c => Percent(c / count.Seconds))),14} " +
                              $"{string.Join('/', count.NodePeakMegabytes.Select(m => m.ToString("0", CultureInfo.InvariantCulture))),13} " +
                              $"{string.Join('/', count.NodeFiles),15} " +
                              $"{(count.PostgresCpuSeconds is { } cpu ? (cpu / count.Files).ToString("0.000", CultureInfo.InvariantCulture) : "-"),15} " +
                              $"{count.WalBytes / 1024.0 / 1024.0 / count.Files,12:0.00}");
        Console.WriteLine();
        Console.WriteLine($"2 single-core nodes / 1 = {one.Seconds / counts[1].Seconds:0.00} (target >= 1.7)");
        PrintCeiling(one);
        return 0;
    }

    /// <summary>Why the bench cannot measure here, or null.</summary>
    private static string? Refusal()
    {
        if (!OperatingSystem.IsLinux()) return "--cluster needs Linux: the nodes are pinned with taskset and measured through /proc.";
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        if (!path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, "taskset"))))
            return "--cluster needs taskset (util-linux) to pin each node to one core; install util-linux.";
        if (BenchPostgres.Admin is null) return "--cluster needs PostgreSQL: set POVERTYETL_BENCH_POSTGRES to an admin connection string.";
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "povertyetl.dll"))) return "--cluster needs povertyetl.dll built beside the bench.";
        return null;
    }

    /// <summary>
    /// Where PostgreSQL caps the cluster, from the one-node count (the node works alone). Each file
    /// costs the node some CPU seconds (read, validate, stage) and the server some (the COPY of the
    /// households, the merge, the commit); their ratio X is the share of one PostgreSQL core that
    /// one node keeps busy while its own core is busy all the time: a node-equivalent. N nodes ask
    /// N·X cores of the server, so one PostgreSQL core keeps up with about 1/X nodes, a server of C
    /// cores with about C/X, while its CPU is the limit: the WAL (written per node at the rate
    /// printed) and the disk under it may bind first. The ratio of CPU times does not depend on
    /// how busy the machine is; the share of the wall time is printed beside it, and is lower when
    /// the node waits for a core (a shared machine) or for the server's answers.
    /// </summary>
    private static void PrintCeiling(ClusterCount one)
    {
        if (one.PostgresCpuSeconds is not { } cpu)
        {
            Console.WriteLine("(PostgreSQL's CPU time not measured: the server is not a process of this machine the bench can read)");
            return;
        }
        var share = cpu / one.NodeCpuSeconds.Sum();
        Console.WriteLine($"PostgreSQL busy {Percent(share)} of one core per node-equivalent -> caps at about {1 / share:0.0} nodes per PostgreSQL core " +
                          $"({Environment.ProcessorCount / share:0.0} on a server of this machine's {Environment.ProcessorCount} cores); " +
                          $"over the wall time it was busy {Percent(cpu / one.Seconds)} of a core beside a node busy {Percent(one.NodeCpuSeconds.Sum() / one.Seconds)}, " +
                          $"writing {one.WalBytes / 1024.0 / 1024.0 / one.Seconds:0.0} MB/s of WAL");
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static ClusterCount Measure(int nodes, string folder, int files)
    {
        var connectionString = BenchPostgres.CreateDatabase();
        var root = Path.GetFullPath(Path.Combine("bench", "out", $"cluster-{nodes}-{Guid.NewGuid().ToString("N")[..8]}"));
        var inbox = Path.Combine(root, "inbox");
        var archive = Path.Combine(root, "archive");
        var environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Warehouse__ConnectionString"] = connectionString,
            ["POVERTYETL__Scheduler__Clustered"] = "true",
            ["POVERTYETL__Schedule__IngestCron"] = Cron,
            ["POVERTYETL__Ingestion__Parallelism"] = "1",
            ["POVERTYETL__Ingestion__StableSeconds"] = "1",
            ["POVERTYETL__Ingestion__InboxPath"] = inbox,
            ["POVERTYETL__Ingestion__ArchivePath"] = archive,
            ["POVERTYETL__Ingestion__RejectedPath"] = Path.Combine(root, "rejected"),
        };
        var staged = Stage(folder, Path.Combine(root, "staged"));
        Directory.CreateDirectory(inbox);
        var started = new List<ClusterNode>();
        try
        {
            for (var n = 0; n < nodes; n++) started.Add(ClusterNode.Start(n + 1, n % Environment.ProcessorCount, root, environment));
            WaitUntilReady(connectionString, started);

            var postgres = PostgresCpu.Find(connectionString);
            var postgresBefore = postgres?.CpuSeconds();
            var walBefore = PostgresCpu.WalBytes(connectionString);
            var nodesBefore = started.Select(n => n.CpuSeconds).ToList();
            foreach (var file in staged) File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
            var placed = DateTimeOffset.UtcNow;

            var (finished, rows) = WaitUntilLoaded(connectionString, started, archive, inbox, files);
            var postgresCpu = postgres?.CpuSeconds() - postgresBefore;
            var walBytes = PostgresCpu.WalBytes(connectionString) - walBefore;
            var nodeCpu = started.Select((n, i) => n.CpuSeconds - nodesBefore[i]).ToList();
            var peaks = started.Select(n => n.PeakMegabytes).ToList();
            var firstRun = FirstRunStart(connectionString);
            var seconds = (finished - firstRun).TotalSeconds;
            foreach (var node in started)
            {
                var exit = node.Stop();
                if (exit != 0) Console.WriteLine($"  node {node.Number} exited {exit} on SIGTERM");
            }
            var count = new ClusterCount(nodes, files, seconds, rows, nodeCpu, peaks,
                started.Select(n => n.FilesLoaded).ToList(), postgresCpu, walBytes);
            Console.WriteLine($"  {nodes} node(s): {seconds:0.00} s from the first run's start ({(firstRun - placed).TotalSeconds:0.00} s after the files were placed), " +
                              $"{count.FilesPerSecond:0.00} files/s, {count.RowsPerSecond:N0} rows/s");
            return count;
        }
        finally
        {
            foreach (var node in started) node.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The files copied beside the inbox (same file system, so that moving them in is a rename), dated an hour back so the inbox takes them at once.</summary>
    private static List<string> Stage(string folder, string staging)
    {
        Directory.CreateDirectory(staging);
        var past = DateTime.UtcNow.AddHours(-1);
        var staged = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(staging, Path.GetFileName(file));
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, past);
            staged.Add(copy);
        }
        return staged;
    }

    /// <summary>Every node checked in to the clustered scheduler, then as many finished runs as nodes: start-up and the first run's warm-up are behind them.</summary>
    private static void WaitUntilReady(string connectionString, List<ClusterNode> nodes)
    {
        var clock = Stopwatch.StartNew();
        long? runsWhenAllIn = null;
        while (true)
        {
            Alive(nodes);
            if (clock.Elapsed > TimeSpan.FromMinutes(3)) throw new TimeoutException("the nodes were not ready within 3 minutes:\n" + Tails(nodes));
            var (checkedIn, finishedRuns) = ReadyFigures(connectionString);
            if (checkedIn == nodes.Count) runsWhenAllIn ??= finishedRuns;
            if (runsWhenAllIn is { } before && finishedRuns >= before + nodes.Count) return;
            Thread.Sleep(Poll);
        }
    }

    private static (long CheckedIn, long FinishedRuns) ReadyFigures(string connectionString)
    {
        try
        {
            using var connection = Open(connectionString);
            using var command = new NpgsqlCommand(
                "SELECT (SELECT count(*) FROM scheduler.qrtz_scheduler_state), (SELECT count(*) FROM etl.run WHERE finished_at IS NOT NULL)", connection);
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return (0, 0); // The nodes are still migrating the new database.
        }
    }

    /// <summary>Polls until every file is archived and recorded loaded (and none waits in the inbox or a claim); the moment seen, and the rows loaded.</summary>
    private static (DateTimeOffset Finished, long Rows) WaitUntilLoaded(string connectionString, List<ClusterNode> nodes, string archive, string inbox, int files)
    {
        var limit = TimeSpan.FromSeconds(Math.Max(600, files * 3));
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Alive(nodes);
            if (clock.Elapsed > limit) throw new TimeoutException($"the files were not loaded within {limit}:\n" + Tails(nodes));
            var archived = Directory.Exists(archive) ? Directory.GetFiles(archive, "*.xlsx", SearchOption.AllDirectories).Length : 0;
            var waiting = Directory.GetFiles(inbox, "*.xlsx", SearchOption.AllDirectories).Length;
            if (archived == files && waiting == 0)
            {
                var seen = DateTimeOffset.UtcNow;
                var (loaded, other, rows) = LoadFigures(connectionString);
                if (other > 0) throw new InvalidOperationException($"{other} national files were not loaded (rejected, failed or duplicate):\n" + Tails(nodes));
                if (loaded == files) return (seen, rows);
            }
            Thread.Sleep(Poll);
        }
    }

    private static (long Loaded, long Other, long Rows) LoadFigures(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE status = 'loaded'), count(*) FILTER (WHERE status <> 'loaded'), " +
            "coalesce(sum(rows_loaded) FILTER (WHERE status = 'loaded'), 0)::bigint FROM etl.file_load", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>The start of the first run that worked on the files: the runs of the warm-up recorded none.</summary>
    private static DateTimeOffset FirstRunStart(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand(
            "SELECT min(r.started_at) FROM etl.run r WHERE EXISTS (SELECT 1 FROM etl.file_load l WHERE l.run_id = r.run_id)", connection);
        return new DateTimeOffset((DateTime)command.ExecuteScalar()!, TimeSpan.Zero);
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Interrupt(PosixSignalContext context)
    {
        context.Cancel = true;
        _interrupted = true;
        ClusterNode.KillAll();
    }

    private static void Alive(List<ClusterNode> nodes)
    {
        if (_interrupted) throw new OperationCanceledException("the bench was interrupted");
        if (nodes.FirstOrDefault(n => n.HasExited) is { } dead)
            throw new InvalidOperationException($"node {dead.Number} exited:\n{dead.Output}");
    }

    private static string Tails(List<ClusterNode> nodes) =>
        string.Join('\n', nodes.Select(n => $"node {n.Number}: " + string.Join('\n', n.Output.Split('\n').TakeLast(20))));
}

/// <summary>One count of nodes measured: time, rows, and per node its CPU seconds, peak memory and files loaded; PostgreSQL's CPU seconds (null when not readable) and WAL bytes.</summary>
public sealed record ClusterCount(int Nodes, int Files, double Seconds, long Rows, IReadOnlyList<double> NodeCpuSeconds, IReadOnlyList<double> NodePeakMegabytes,
    IReadOnlyList<int> NodeFiles, double? PostgresCpuSeconds, long WalBytes)
{
    public double FilesPerSecond => Files / Seconds;

    public double RowsPerSecond => Rows / Seconds;
}
