using System.Diagnostics;
using System.Globalization;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.History;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Bench;

/// <summary>
/// A national year of district reports (699 districts, 2,600 households each, written by the
/// samples generator), measured in one run so that the figures compare as ratios on a busy
/// machine: <c>validate</c> of every file, then per engine <c>ingest</c> of the same files into
/// a new warehouse and the same files again (all duplicates), each in a process of its own with
/// its peak memory and the mean time per file of each stage of the pipeline.
/// </summary>
public static class National
{
    public const int Households = 2_600;

    /// <summary>Files read at once: <c>--parallelism N</c> (handed to the child processes in the environment), else the product's default.</summary>
    public static int Width => int.TryParse(Environment.GetEnvironmentVariable("POVERTYETL_BENCH_PARALLELISM"), CultureInfo.InvariantCulture, out var width)
        ? width
        : new IngestionOptions().Parallelism;

    public static int Run(int files, int seed, Func<string, string, IReadOnlyList<string>> runChild)
    {
        var folder = Workload(files, seed);
        Console.WriteLine($"National workload: {files} files, {files * (long)Households:N0} households, {Megabytes(folder):0} MB, " +
                          $"{Environment.ProcessorCount} processors, Ingestion:Parallelism {Width}");

        var validate = Measurement.Parse(runChild("validate-all", folder)[^1]);
        Console.WriteLine();
        Console.WriteLine($"{"workload",-22} {"seconds",8} {"files/s",8} {"rows/s",10} {"peak MB",8} {"x validate",10}");
        Print(validate, files, validate);
        foreach (var engine in BenchPostgres.Admin is null ? new[] { "duckdb" } : ["duckdb", "postgres"])
        {
            var lines = runChild("national-" + engine, folder);
            var measured = lines.Where(l => !l.StartsWith("stage ", StringComparison.Ordinal) && !l.StartsWith("night ", StringComparison.Ordinal))
                .Select(Measurement.Parse).ToList();
            foreach (var m in measured) Print(m, files, validate);
            var (ingest, again) = (measured[0], measured[1]);
            Console.WriteLine($"  {engine}: ingest / validate = {ingest.Seconds / validate.Seconds:0.00} (target <= 2); " +
                              $"re-ingest / ingest = {again.Seconds / ingest.Seconds:0.00} (target <= 0.3); " +
                              "per file: " + string.Join(", ", lines.Where(l => l.StartsWith("stage ", StringComparison.Ordinal)).Select(l => l[6..])));
            foreach (var night in lines.Where(l => l.StartsWith("night ", StringComparison.Ordinal)))
                Console.WriteLine($"  {engine}: an empty nightly run on this warehouse: {night[6..]} (target < 1 s)");
        }
        if (BenchPostgres.Admin is null) Console.WriteLine("(PostgreSQL not measured: set POVERTYETL_BENCH_POSTGRES to an admin connection string)");
        return 0;
    }

    /// <summary>The folder of the national workload's <paramref name="files"/> district reports, written once into <c>bench/out/</c>.</summary>
    public static string Workload(int files, int seed)
    {
        var folder = Path.GetFullPath(Path.Combine("bench", "out", $"national-{files}-s{seed}"));
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.xlsx").Length != files)
        {
            Console.WriteLine($"Writing {files} district reports of {Households:N0} households with the samples generator…");
            var writing = Stopwatch.StartNew();
            SampleReports.Write(new SampleOptions(folder, Districts: files, HouseholdsPerDistrict: Households, Seed: seed, ProvinceCode: "01"),
                ReferenceData.Load(ReferenceData.DefaultFolder));
            Console.WriteLine($"  written in {writing.Elapsed.TotalSeconds:0.0} s");
        }
        return folder;
    }

    public static double Megabytes(string folder) => Directory.GetFiles(folder, "*.xlsx").Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

    private static void Print(Measurement m, int files, Measurement validate) =>
        Console.WriteLine($"{m.Name,-22} {m.Seconds,8:0.00} {files / m.Seconds,8:0.0} {(m.Rows > 0 ? m.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "-"),10} " +
                          $"{m.PeakMegabytes,8:0} {m.Seconds / validate.Seconds,10:0.00}");

    /// <summary><c>validate</c> of every file of the folder, as the command does it: the files checked Ingestion:Parallelism at once, verdicts in order.</summary>
    public static Measurement ValidateAll(string name, string folder)
    {
        var pass = new ReportPass(ReferenceData.Load(ReferenceData.DefaultFolder), TimeProvider.System);
        var files = Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        var rejected = pass.CheckInOrder(files, Width).Count(c => !c.Check.Accepted);
        clock.Stop();
        if (rejected > 0) throw new InvalidOperationException($"{rejected} national files were rejected");
        return new Measurement(name, clock.Elapsed.TotalSeconds, files.Count * (long)Households, Measurement.PeakMegabytesOfThisProcess());
    }

    /// <summary>
    /// <c>ingest</c> of every file of the folder into a new warehouse, then the same files again
    /// (all duplicates); the lines: both measurements, the mean milliseconds per file of each stage of the first run, then
    /// a nightly run with an empty inbox on the warehouse so loaded (<see cref="EmptyNight"/>).
    /// </summary>
    public static IReadOnlyList<string> Ingest(string name, string folder, string connectionString)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        using var warehouse = WarehouseFactory.Open(connectionString, TimeProvider.System);
        warehouse.Migrate();
        warehouse.SyncReference(reference);
        var root = Path.Combine(Path.GetTempPath(), "povertyetl-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new IngestionOptions { ArchivePath = Path.Combine(root, "archive"), RejectedPath = Path.Combine(root, "rejected") };
        var pipeline = new IngestionPipeline(warehouse, warehouse, new ReportPass(reference, TimeProvider.System),
            new FilePlacement(options, new RejectedFileFeedback(reference)), new IdNumberHasher("bench-key"), TimeProvider.System,
            Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty, Width);
        var files = Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).Select(f => new IncomingFile(f, FromInbox: false)).ToList();

        var clock = Stopwatch.StartNew();
        var first = pipeline.RunAsync("bench", RunTrigger.Manual, files, dryRun: false).GetAwaiter().GetResult();
        var ingest = new Measurement(name, clock.Elapsed.TotalSeconds, first.Files.Sum(f => f.RowsLoaded), Measurement.PeakMegabytesOfThisProcess());
        if (first.Loaded != files.Count) throw new InvalidOperationException($"{first.Loaded} of {files.Count} files loaded");

        clock.Restart();
        var again = pipeline.RunAsync("bench-again", RunTrigger.Manual, files, dryRun: false).GetAwaiter().GetResult();
        var reingest = new Measurement(name + "-again", clock.Elapsed.TotalSeconds, 0, Measurement.PeakMegabytesOfThisProcess());
        if (again.Files.Count(f => f.Status == FileOutcomeStatus.Duplicate) != files.Count) throw new InvalidOperationException("the second run was not all duplicates");
        Directory.Delete(root, recursive: true);
        warehouse.Dispose();
        var night = EmptyNight.Measure(name, connectionString);

        var stages = first.Files.SelectMany(f => f.Stages)
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"stage {g.Key} {g.Sum(s => s.Value.TotalMilliseconds) / files.Count:0.0} ms"));
        return [ingest.ToLine(), reingest.ToLine(), .. stages, night];
    }
}
