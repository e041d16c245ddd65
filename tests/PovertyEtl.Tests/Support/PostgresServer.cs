using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A real PostgreSQL for the tests, found or made once per test run: the server named by
/// <c>POVERTYETL_TEST_POSTGRES</c> (an admin connection string), else a throwaway cluster from
/// the installed binaries (<c>initdb</c>/<c>pg_ctl</c>, as the <c>postgres</c> user when run as
/// root, on a free loopback port), else Debian's <c>postgresql</c> installed first when this
/// process may. Whatever it started it stops at exit. No PostgreSQL is a failure, never a skip.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString) => _adminConnectionString = adminConnectionString;

    public static PostgresServer Instance => Shared.Value;

    /// <summary>A new, empty database of its own for one test; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("POVERTYETL_TEST_POSTGRES") is { Length: > 0 } given) return new PostgresServer(given);
        return new PostgresServer(Throwaway.Start(Binaries()).AdminConnectionString);
    }

    private static string Binaries() => FindBinaries() ?? InstallThenFind()
        ?? throw new InvalidOperationException("PostgreSQL is needed by the tests: set POVERTYETL_TEST_POSTGRES, or install Debian's postgresql (apt-get install postgresql)");

    /// <summary>A server of the test's own, which it may stop and start again (a fault test must not stop the shared one).</summary>
    public static ThrowawayCluster StartDedicated() => Throwaway.Start(Binaries());

    private static string? FindBinaries()
    {
        foreach (var root in new[] { "/usr/lib/postgresql" })
        {
            if (!Directory.Exists(root)) continue;
            var newest = Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }
        return null;
    }

    private static string? InstallThenFind() => DebianPackage.Ensure("postgresql", () => FindBinaries() is not null) ? FindBinaries() : null;

    internal static string Run(string program, IEnumerable<string> arguments, Dictionary<string, string>? environment = null, bool tolerateFailure = false)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? []) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && !tolerateFailure)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {error}");
        return output.Result;
    }

    /// <summary>A cluster in a temporary folder, owned by the <c>postgres</c> user when we are root (initdb refuses root).</summary>
    public sealed class ThrowawayCluster(string bin, string data, string log, int port, bool asRoot, string options) : IDisposable
    {
        public string AdminConnectionString { get; } = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";

        public string CreateDatabase() => new PostgresServer(AdminConnectionString).CreateDatabase();

        public void Stop() => Throwaway.Exec(asRoot, bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);

        public void Start() => Throwaway.Exec(asRoot, bin, "pg_ctl", ["-D", data, "-l", log, "-w", "-o", options, "start"]);

        public void Dispose() => Throwaway.Remove(bin, Path.GetDirectoryName(data)!, asRoot);
    }

    private static class Throwaway
    {
        private const string FolderPrefix = "povertyetl-pg-";
        private const string OwnerFile = "owner.pid";

        public static ThrowawayCluster Start(string bin)
        {
            var asRoot = Environment.UserName == "root";
            RemoveOrphans(bin, asRoot);
            var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..8]);
            var data = Path.Combine(folder, "data");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (asRoot) Run("/bin/chown", ["-R", "postgres:postgres", folder]);
            Exec(asRoot, bin, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
            var port = FreePort();
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300";
            var cluster = new ThrowawayCluster(bin, data, Path.Combine(folder, "log"), port, asRoot, options);
            cluster.Start();
            WatchOwner(bin, folder, asRoot);
            CreateClusterRoles(cluster.AdminConnectionString);
            return cluster;
        }

        /// <summary>Stops the cluster and removes its folder (data, socket, log) whatever state it is in.</summary>
        public static void Remove(string bin, string folder, bool asRoot)
        {
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
                Exec(asRoot, bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], tolerateFailure: true);
            for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
            {
                try { Directory.Delete(folder, recursive: true); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Thread.Sleep(200); }
            }
        }

        /// <summary>
        /// Roles belong to the cluster, not to a database, and PostgreSQL does not serialise their
        /// creation across databases: the suite migrates dozens of databases of one cluster at once,
        /// where production migrates one warehouse database (whose migrations a database lock
        /// serialises). So the cluster gets the BI role once, as an administrator sets it up.
        /// </summary>
        private static void CreateClusterRoles(string adminConnectionString)
        {
            using var admin = new NpgsqlConnection(adminConnectionString);
            admin.Open();
            using var create = new NpgsqlCommand("CREATE ROLE povertyetl_bi NOLOGIN", admin);
            create.ExecuteNonQuery();
        }

        /// <summary>
        /// The test host may be ended before its exit handlers finish (the runner stops it once the
        /// tests are done, or a user kills it): a detached watcher outlives it, then stops the
        /// cluster and removes its folder, so no run leaves a data folder behind.
        /// </summary>
        private static void WatchOwner(string bin, string folder, bool asRoot)
        {
            var data = Path.Combine(folder, "data");
            var stop = (asRoot ? $"/usr/sbin/runuser -u postgres -- " : string.Empty) + $"'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate -w stop";
            var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf '{folder}'";
            var start = new ProcessStartInfo("/usr/bin/setsid", ["/bin/sh", "-c", script])
            {
                RedirectStandardInput = true, RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false,
            };
            using var watcher = Process.Start(start);
        }

        /// <summary>
        /// A test process killed before its exit handler ran (a crash, a cancelled run) leaves its cluster
        /// behind: the next run removes every cluster whose owning test process is gone.
        /// </summary>
        private static void RemoveOrphans(string bin, bool asRoot)
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
            {
                var owner = Path.Combine(folder, OwnerFile);
                var orphaned = File.Exists(owner)
                    ? !int.TryParse(File.ReadAllText(owner), out var pid) || !IsAlive(pid)
                    : Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
                if (orphaned) Remove(bin, folder, asRoot);
            }
        }

        private static bool IsAlive(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        public static void Exec(bool asRoot, string bin, string program, string[] args, bool tolerateFailure = false)
        {
            var path = Path.Combine(bin, program);
            if (asRoot) Run("/usr/sbin/runuser", ["-u", "postgres", "--", path, .. args], tolerateFailure: tolerateFailure);
            else Run(path, args, tolerateFailure: tolerateFailure);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
