using System.Diagnostics;
using System.Globalization;
using PovertyEtl.Bench;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Domain.Reference;

// The validate benchmark: makes a large district workbook with the samples generator, then
// measures, each in a fresh process, inflating the package, a plain XmlReader streaming read,
// and the full validate; plus `unzip -p` where the machine has it. One run, figures as ratios.
// Then the annotated copy of a rejected 20,000-household file (--annotate-only runs just that), and
// the portal's answer to the upload of a 20,000-household report against validate on the same
// file (--portal-only runs just that).
//
//   dotnet run -c Release --project bench/PovertyEtl.Bench -- [--households 300000] [--seed 7] [--annotate-only] [--portal-only]
//   dotnet run -c Release --project bench/PovertyEtl.Bench -- --national [--national-files 699] [--seed 7] [--parallelism N]   (see National.cs)
//   dotnet run -c Release --project bench/PovertyEtl.Bench -- --national --cluster [--national-files 699] [--seed 7]   (1 and 2 single-core clustered
//     worker nodes on PostgreSQL: needs POVERTYETL_BENCH_POSTGRES, Linux and taskset; see ClusterScaling.cs)
//   dotnet run -c Release --project bench/PovertyEtl.Bench -- --bi [--bi-repeat 3] [--seed 7] [--parallelism N]   (three national years, every mart view read in full; see BiAtScale.cs)
if (args is ["--child", var workload, var file])
{
    foreach (var line in Workloads.RunLines(workload, file)) Console.WriteLine(line);
    return 0;
}
if (args.Contains("--parallelism"))
    Environment.SetEnvironmentVariable("POVERTYETL_BENCH_PARALLELISM", Option("--parallelism", 1).ToString(CultureInfo.InvariantCulture));
if (args.Contains("--national") && args.Contains("--cluster"))
    return ClusterScaling.Run(Option("--national-files", 699), Option("--seed", 7));
if (args.Contains("--bi"))
    return BiAtScale.Run(Option("--seed", 7), Option("--bi-repeat", 3), ChildLines);
if (args.Contains("--national"))
    return National.Run(Option("--national-files", 699), Option("--seed", 7), ChildLines);

var households = Option("--households", 300_000);
var seed = Option("--seed", 7);
if (args.Contains("--portal-only"))
{
    PortalVersusValidate(seed);
    return 0;
}
var annotated = AnnotateRejected(seed);
if (args.Contains("--annotate-only")) return 0;
var portal = PortalVersusValidate(seed);
var folder = Path.GetFullPath(Path.Combine("bench", "out", $"h{households}-s{seed}"));
var workbook = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.xlsx").FirstOrDefault() : null;
if (workbook is null)
{
    Console.WriteLine($"Writing a {households:N0}-household workbook with the samples generator…");
    var clock = Stopwatch.StartNew();
    workbook = SampleReports.Write(new SampleOptions(folder, Districts: 1, HouseholdsPerDistrict: households, Seed: seed),
        ReferenceData.Load(ReferenceData.DefaultFolder))[0];
    Console.WriteLine($"  written in {clock.Elapsed.TotalSeconds:0.0} s ({households / clock.Elapsed.TotalSeconds:N0} households/s)");
}
Console.WriteLine($"Workbook: {workbook} ({new FileInfo(workbook).Length / 1024.0 / 1024.0:0.0} MB)");

var results = new List<Measurement>();
var unzip = TimeUnzip(workbook);
if (unzip is not null) results.Add(unzip);
foreach (var name in new[] { "decompress", "xmlread", "validate", "ingest-duckdb" })
    results.Add(RunChild(name, workbook));
if (BenchPostgres.Admin is not null) results.Add(RunChild("ingest-postgres", workbook));
else Console.WriteLine("(PostgreSQL not measured: set POVERTYETL_BENCH_POSTGRES to an admin connection string)");

// A province's yearly batch: the 9 district reports of Trà Vinh, realistic sizes, one run.
var province = Path.GetFullPath(Path.Combine("bench", "out", $"province-s{seed}"));
if (!Directory.Exists(province))
    SampleReports.Write(new SampleOptions(province, Districts: 9, HouseholdsPerDistrict: 1_500, Seed: seed), ReferenceData.Load(ReferenceData.DefaultFolder));
var provinceRun = RunChild("ingest-duckdb", province) with { Name = "province-9" };

var baseline = unzip ?? results.First(r => r.Name == "decompress");
Console.WriteLine();
Console.WriteLine($"{"workload",-16} {"seconds",8} {"rows/s",12} {"peak MB",8} {"x " + baseline.Name,10}");
foreach (var r in results)
    Console.WriteLine($"{r.Name,-16} {r.Seconds,8:0.00} {(r.Rows > 0 && r.Name != "decompress" && r.Name != "unzip -p" ? r.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "-"),12} " +
                      $"{(r.PeakMegabytes > 0 ? r.PeakMegabytes.ToString("0", CultureInfo.InvariantCulture) : "-"),8} {r.Seconds / baseline.Seconds,10:0.00}");
var validate = results.First(r => r.Name == "validate");
Console.WriteLine();
Console.WriteLine($"validate / {baseline.Name} = {validate.Seconds / baseline.Seconds:0.00} (target <= 5); validate peak {validate.PeakMegabytes:0} MB (target < 300)");
foreach (var ingest in results.Where(r => r.Name.StartsWith("ingest", StringComparison.Ordinal)))
    Console.WriteLine($"{ingest.Name} / validate = {ingest.Seconds / validate.Seconds:0.00} (target <= 2); {ingest.RowsPerSecond:N0} rows/s; peak {ingest.PeakMegabytes:0} MB");
Console.WriteLine($"9 district files of a province (9 x 1,500 households) into DuckDB: {provinceRun.Seconds:0.00} s (target < 10); {provinceRun.RowsPerSecond:N0} rows/s");
Console.WriteLine($"annotated copy of a rejected 20,000-household file: {annotated.Seconds:0.00} s (target < 10); peak {annotated.PeakMegabytes:0} MB");
Console.WriteLine($"portal upload of a 20,000-household report: {portal.Upload.Seconds:0.00} s, validate {portal.Validate.Seconds:0.00} s, " +
                  $"ratio {portal.Upload.Seconds / portal.Validate.Seconds:0.00} (target < 2)");
return 0;

// The officer's wait on the portal: POST /api/submissions of a 20,000-household report to a warm
// `serve` (HTTP Basic), against validate on the same file in a fresh process.
static (Measurement Upload, Measurement Validate) PortalVersusValidate(int seed)
{
    var folder = Path.GetFullPath(Path.Combine("bench", "out", $"portal-h20000-s{seed}"));
    var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
    var report = Directory.Exists(Path.Combine(folder, "report")) ? Directory.GetFiles(Path.Combine(folder, "report"), "*.xlsx").FirstOrDefault() : null;
    report ??= SampleReports.Write(new SampleOptions(Path.Combine(folder, "report"), Districts: 1, HouseholdsPerDistrict: 20_000, Seed: seed), reference)[0];
    // A small report of the same district and year: the server's first request pays for its warm-up, not the measured one.
    var warmUp = Directory.Exists(Path.Combine(folder, "warm-up")) ? Directory.GetFiles(Path.Combine(folder, "warm-up"), "*.xlsx").FirstOrDefault() : null;
    warmUp ??= SampleReports.Write(new SampleOptions(Path.Combine(folder, "warm-up"), Districts: 1, HouseholdsPerDistrict: 50, Seed: seed + 1), reference)[0];
    var unit = Path.GetFileNameWithoutExtension(report).Split('_')[1];
    var validate = RunChild("validate", report);
    var upload = PortalUpload.Measure(report, warmUp, unit);
    Console.WriteLine($"portal: {report} ({new FileInfo(report).Length / 1024.0 / 1024.0:0.0} MB) answered in {upload.Seconds:0.00} s " +
                      $"(server peak {upload.PeakMegabytes:0} MB); validate {validate.Seconds:0.00} s; " +
                      $"upload / validate = {upload.Seconds / validate.Seconds:0.00} (target < 2)");
    return (upload, validate);
}

// A 20,000-household report spoiled in every 50th household row, annotated as ingest does for rejected/.
static Measurement AnnotateRejected(int seed)
{
    var folder = Path.GetFullPath(Path.Combine("bench", "out", $"annotate-h20000-s{seed}"));
    var broken = Path.Combine(folder, "broken.xlsx");
    if (!File.Exists(broken))
    {
        var sample = SampleReports.Write(new SampleOptions(Path.Combine(folder, "sample"), Districts: 1, HouseholdsPerDistrict: 20_000, Seed: seed),
            ReferenceData.Load(ReferenceData.DefaultFolder))[0];
        BrokenSample.Write(sample, broken);
    }
    var measurement = RunChild("annotate", broken);
    Console.WriteLine($"annotate: {broken} ({new FileInfo(broken).Length / 1024.0 / 1024.0:0.0} MB, {measurement.Rows} findings listed) " +
                      $"in {measurement.Seconds:0.00} s, peak {measurement.PeakMegabytes:0} MB (targets: < 10 s, bounded)");
    return measurement;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static Measurement RunChild(string workload, string file) => Measurement.Parse(ChildLines(workload, file)[^1]);

static IReadOnlyList<string> ChildLines(string workload, string file)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Workloads).Assembly.Location);
    foreach (var a in new[] { "--child", workload, file }) start.ArgumentList.Add(a);
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    if (child.ExitCode != 0) throw new InvalidOperationException($"{workload} failed with exit code {child.ExitCode}");
    return output.Trim().Split('\n');
}

static Measurement? TimeUnzip(string file)
{
    try
    {
        var start = new ProcessStartInfo("unzip", ["-p", file]) { RedirectStandardOutput = true };
        var clock = Stopwatch.StartNew();
        using var unzip = Process.Start(start)!;
        unzip.StandardOutput.BaseStream.CopyTo(Stream.Null);
        unzip.WaitForExit();
        return unzip.ExitCode == 0 ? new Measurement("unzip -p", clock.Elapsed.TotalSeconds, 0, 0) : null;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}
