using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Bench;

/// <summary>
/// BI at scale: three national years in one warehouse per engine, then every view of schema
/// <c>mart</c> (found in the catalogue) read in full, every value of every row fetched and
/// nothing kept, as a BI tool's refresh does. The years: 2023 and 2024 as 699 district reports of
/// 2,600 households each, 2025 as the 34 reports of the merged provinces with as many households
/// in all (1.82 million a year), so that the series views join years on both sides of the 2025
/// reform. Writing and loading 5.45 million households takes a while: the reports and the loaded
/// warehouses stay under <c>bench/out/bi-s{seed}</c>, a warehouse reused when its marker says its
/// load finished (the DuckDB file, the PostgreSQL database <c>bench_bi_s{seed}</c>); the product's
/// migrations are applied to a reused warehouse before it is read, as at the product's start.
/// </summary>
public static class BiAtScale
{
    public static readonly int[] Years = [2023, 2024, 2025];

    /// <summary>Households of each year: the national workload's 699 × 2,600, split over the 34 provinces from 2025.</summary>
    private const int HouseholdsPerYear = 699 * National.Households;

    private const int Provinces2025 = 34;

    public static int Run(int seed, int repeat, Func<string, string, IReadOnlyList<string>> runChild)
    {
        var folder = Path.GetFullPath(Path.Combine("bench", "out", $"bi-s{seed}"));
        WriteReports(folder, seed);
        Console.WriteLine($"BI at scale: years {string.Join(", ", Years)}, {Years.Length * (long)HouseholdsPerYear:N0} households; " +
                          $"each mart view read in full {repeat} times per engine");
        var engines = BenchPostgres.Admin is null ? new[] { "duckdb" } : ["duckdb", "postgres"];
        var slow = 0;
        foreach (var engine in engines)
        {
            foreach (var line in runChild($"bi-load-{engine}", folder)) Console.WriteLine("  " + line);
            var lines = runChild($"bi-scan-{engine}:{repeat}", folder);
            Console.WriteLine();
            Console.WriteLine($"{engine}: {"view",-36} {"rows",9} {"first s",8} {"median s",8} {"best s",8} {"CPU s",8}");
            foreach (var line in lines)
            {
                Console.WriteLine("  " + line.Trim());
                if (line.Contains("(CPU OVER 1 s)", StringComparison.Ordinal)) slow++;
            }
        }
        if (BenchPostgres.Admin is null) Console.WriteLine("(PostgreSQL not measured: set POVERTYETL_BENCH_POSTGRES to an admin connection string)");
        Console.WriteLine();
        Console.WriteLine(slow == 0
            ? "every mart view read in full for under 1 CPU second (median) on every engine measured"
            : $"{slow} view(s) over 1 CPU second (median); OVER 1 s marks a median wall time over 1 s");
        return 0;
    }

    /// <summary>A child process's work: <c>bi-load-{engine}</c> or <c>bi-scan-{engine}:{repeat}</c> on the workload's folder.</summary>
    public static IReadOnlyList<string> RunChild(string name, string folder)
    {
        var parts = name.Split(':');
        var postgres = parts[0].EndsWith("postgres", StringComparison.Ordinal);
        return parts[0].StartsWith("bi-load-", StringComparison.Ordinal)
            ? Load(folder, postgres)
            : Scan(folder, postgres, int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static void WriteReports(string folder, int seed)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        foreach (var year in Years)
        {
            var reports = Path.Combine(folder, "reports", year.ToString(CultureInfo.InvariantCulture));
            var (units, households) = year >= 2025 ? (Provinces2025, HouseholdsPerYear / Provinces2025) : (699, National.Households);
            if (Directory.Exists(reports) && Directory.GetFiles(reports, "*.xlsx").Length == units) continue;
            Console.WriteLine($"Writing {units} reports of {year}, {households:N0} households each, with the samples generator…");
            var clock = Stopwatch.StartNew();
            SampleReports.Write(new SampleOptions(reports, Districts: units, HouseholdsPerDistrict: households, Seed: seed + year, ProvinceCode: "01", Year: year), reference);
            Console.WriteLine($"  written in {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static string Marker(string folder, bool postgres) => Path.Combine(folder, postgres ? "postgres.loaded" : "duckdb.loaded");

    private static string DuckDbFile(string folder) => Path.Combine(folder, "warehouse.duckdb");

    private static string DatabaseName(string folder) => "bench_" + Path.GetFileName(folder).Replace('-', '_');

    private static string ConnectionString(string folder, bool postgres) => postgres
        ? new NpgsqlConnectionStringBuilder(BenchPostgres.Admin) { Database = DatabaseName(folder) }.ConnectionString
        : DuckDbFile(folder);

    /// <summary>The three years into a new warehouse of the engine, unless the marker says it is already there; the lines: seconds per year.</summary>
    private static List<string> Load(string folder, bool postgres)
    {
        var marker = Marker(folder, postgres);
        if (File.Exists(marker) && (postgres ? DatabaseExists(folder) : File.Exists(DuckDbFile(folder))))
            return [$"{(postgres ? "postgres" : "duckdb")}: reusing the warehouse loaded {File.ReadAllText(marker).Trim()}"];
        File.Delete(marker);
        if (postgres) RecreateDatabase(folder);
        else foreach (var file in Directory.GetFiles(folder, "warehouse.duckdb*")) File.Delete(file);

        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        using var warehouse = WarehouseFactory.Open(ConnectionString(folder, postgres), TimeProvider.System);
        warehouse.Migrate();
        warehouse.SyncReference(reference);
        var root = Path.Combine(Path.GetTempPath(), "povertyetl-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new IngestionOptions { ArchivePath = Path.Combine(root, "archive"), RejectedPath = Path.Combine(root, "rejected") };
        var pipeline = new IngestionPipeline(warehouse, warehouse, new ReportPass(reference, TimeProvider.System),
            new FilePlacement(options, new RejectedFileFeedback(reference)), new IdNumberHasher("bench-key"), TimeProvider.System,
            Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty, National.Width);
        var lines = new List<string>();
        foreach (var year in Years)
        {
            var files = Directory.GetFiles(Path.Combine(folder, "reports", year.ToString(CultureInfo.InvariantCulture)), "*.xlsx")
                .Order(StringComparer.Ordinal).Select(f => new IncomingFile(f, FromInbox: false)).ToList();
            var clock = Stopwatch.StartNew();
            var run = pipeline.RunAsync($"bench-bi-{year}", RunTrigger.Manual, files, dryRun: false).GetAwaiter().GetResult();
            if (run.Loaded != files.Count) throw new InvalidOperationException($"{run.Loaded} of {files.Count} files of {year} loaded");
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{(postgres ? "postgres" : "duckdb")}: {year} loaded, {files.Count} files, {run.Files.Sum(f => f.RowsLoaded):N0} rows in {clock.Elapsed.TotalSeconds:0.0} s"));
        }
        Directory.Delete(root, recursive: true);
        File.WriteAllText(marker, DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture) + Environment.NewLine);
        lines.Add($"peak {Measurement.PeakMegabytesOfThisProcess():0} MB while loading");
        return lines;
    }

    /// <summary>
    /// Every mart view read in full <paramref name="repeat"/> times, after the product's migrations:
    /// one line per view with its rows and the first, median and best seconds, flagged when the median is over 1 s.
    /// </summary>
    private static List<string> Scan(string folder, bool postgres, int repeat)
    {
        using (var warehouse = WarehouseFactory.Open(ConnectionString(folder, postgres), TimeProvider.System)) warehouse.Migrate();
        using var connection = postgres
            ? (DbConnection)new NpgsqlConnection(ConnectionString(folder, postgres))
            : new DuckDBConnection($"Data Source={DuckDbFile(folder)};ACCESS_MODE=READ_ONLY");
        connection.Open();
        var views = new List<string>();
        using (var catalogue = connection.CreateCommand())
        {
            catalogue.CommandText = postgres
                ? "SELECT viewname FROM pg_views WHERE schemaname = 'mart' ORDER BY viewname"
                : "SELECT view_name FROM duckdb_views() WHERE schema_name = 'mart' ORDER BY view_name";
            using var reader = catalogue.ExecuteReader();
            while (reader.Read()) views.Add(reader.GetString(0));
        }
        var backend = postgres ? ServerProcess(connection) : null;
        var lines = new List<string>();
        foreach (var view in views)
        {
            var seconds = new List<double>();
            var cpu = new List<double>();
            long rows = 0;
            for (var i = 0; i < repeat; i++)
            {
                var cpuBefore = CpuSeconds(backend);
                var clock = Stopwatch.StartNew();
                rows = ReadAll(connection, view);
                seconds.Add(clock.Elapsed.TotalSeconds);
                cpu.Add(CpuSeconds(backend) - cpuBefore);
            }
            var sorted = seconds.Order().ToList();
            var median = sorted[sorted.Count / 2];
            var cpuMedian = cpu.Order().ElementAt(cpu.Count / 2);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"  {"mart." + view,-44} {rows,9} {seconds[0],8:0.000} {median,8:0.000} {sorted[0],8:0.000} {(double.IsNaN(cpuMedian) ? "-" : cpuMedian.ToString("0.000", CultureInfo.InvariantCulture)),8}" +
                $"{(median > 1 ? "  OVER 1 s" : "")}{(cpuMedian > 1 ? " (CPU OVER 1 s)" : "")}"));
            Console.Error.WriteLine(lines[^1]); // progress, while the parent waits for the whole list
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  peak {Measurement.PeakMegabytesOfThisProcess():0} MB while reading"));
        return lines;
    }

    /// <summary>The PostgreSQL server process serving the connection, when it runs on this machine (its CPU time is read from <c>/proc</c>).</summary>
    private static string? ServerProcess(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_backend_pid()";
        var stat = $"/proc/{Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)}/stat";
        return File.Exists(stat) ? stat : null;
    }

    /// <summary>
    /// The CPU seconds the work has cost so far: this process's (the reader, and DuckDB's threads,
    /// in process), plus the PostgreSQL server process's when it is on this machine (not its
    /// parallel workers); NaN for PostgreSQL elsewhere. On a shared machine the wall time is mostly
    /// waiting for a core; this is what the query costs.
    /// </summary>
    private static double CpuSeconds(string? backendStat)
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        if (backendStat is null) return own;
        try
        {
            var fields = File.ReadAllText(backendStat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
            return own + (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>The view's rows fetched one by one, every value read and dropped (DuckDB streams its result rather than building it whole).</summary>
    private static long ReadAll(DbConnection connection, string view)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM mart.{view}";
        command.CommandTimeout = 0; // a full scan is measured however long it takes
        if (command is DuckDBCommand duckDb) duckDb.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
            rows++;
        }
        return rows;
    }

    private static bool DatabaseExists(string folder)
    {
        using var connection = new NpgsqlConnection(BenchPostgres.Admin);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName(folder));
        return (long)exists.ExecuteScalar()! > 0;
    }

    private static void RecreateDatabase(string folder)
    {
        using var connection = new NpgsqlConnection(BenchPostgres.Admin);
        connection.Open();
        foreach (var statement in new[] { $"DROP DATABASE IF EXISTS {DatabaseName(folder)}", $"CREATE DATABASE {DatabaseName(folder)}" })
        {
            using var command = new NpgsqlCommand(statement, connection);
            command.ExecuteNonQuery();
        }
    }
}
