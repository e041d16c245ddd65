using PovertyEtl.Feedback;
using System.Diagnostics;
using System.IO.Compression;
using System.Xml;
using PovertyEtl.Ingestion;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Warehouse;
using PovertyEtl.Validation;

namespace PovertyEtl.Bench;

/// <summary>The pieces of work compared, each measured in its own process.</summary>
public static class Workloads
{
    /// <summary>What a child process prints: one measurement, or for the national workloads several lines (<see cref="National"/>).</summary>
    public static IReadOnlyList<string> RunLines(string name, string file) => name switch
    {
        "validate-all" => [National.ValidateAll(name, file).ToLine()],
        "national-duckdb" => National.Ingest(name, file, Path.Combine(Path.GetTempPath(), $"povertyetl-bench-{Guid.NewGuid():N}.duckdb")),
        "national-postgres" => National.Ingest(name, file, BenchPostgres.CreateDatabase()),
        _ when name.StartsWith("bi-", StringComparison.Ordinal) => BiAtScale.RunChild(name, file),
        _ => [Run(name, file).ToLine()],
    };

    public static Measurement Run(string name, string file) => name switch
    {
        "decompress" => Time(name, () => Decompress(file)),
        "xmlread" => Time(name, () => PlainRead(file)),
        "validate" => Time(name, () => Validate(file)),
        "annotate" => Annotate(name, file),
        "ingest-duckdb" => Ingest(name, file, Path.Combine(Path.GetTempPath(), $"povertyetl-bench-{Guid.NewGuid():N}.duckdb")),
        "ingest-postgres" => Ingest(name, file, BenchPostgres.CreateDatabase()),
        _ => throw new ArgumentException($"unknown workload {name}"),
    };

    private static Measurement Time(string name, Func<long> work)
    {
        var clock = Stopwatch.StartNew();
        var rows = work();
        clock.Stop();
        return new Measurement(name, clock.Elapsed.TotalSeconds, rows, Measurement.PeakMegabytesOfThisProcess());
    }

    /// <summary>Inflating every part of the package, nothing else: the floor any reader stands on.</summary>
    private static long Decompress(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        long bytes = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0) bytes += read;
        }
        return bytes;
    }

    /// <summary>The plain streaming read: <c>XmlReader</c> over every worksheet, every cell value touched, nothing typed or checked.</summary>
    private static long PlainRead(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        long rows = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var xml = XmlReader.Create(entry.Open());
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName == "row") rows++;
                else if (xml.LocalName is "v" or "t") _ = xml.ReadElementContentAsString();
            }
        }
        return rows;
    }

    /// <summary>What <c>povertyetl validate</c> does to the file: read all four sheets, apply every rule.</summary>
    private static long Validate(string file)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        var counter = new HouseholdCounter();
        var check = new ReportPass(reference, TimeProvider.System).Check(file, counter);
        if (!check.Accepted)
            throw new InvalidOperationException($"the benchmark workbook was rejected: {check.Findings.First(f => f.Severity == Severity.Error).Message}");
        return counter.Households;
    }

    /// <summary>
    /// The annotated copy of a rejected file, as <c>ingest</c> writes it into <c>rejected/</c>:
    /// the file is validated first (not timed: that is <c>validate</c>'s figure), then the copy is
    /// timed. The peak memory is the whole process's, validation included.
    /// </summary>
    private static Measurement Annotate(string name, string file)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        var check = new ReportPass(reference, TimeProvider.System).Check(file);
        if (check.Accepted) throw new InvalidOperationException("the annotate workload needs a rejected file");
        var target = Path.Combine(Path.GetTempPath(), $"povertyetl-bench-{Guid.NewGuid():N}.kiem-tra.xlsx");
        var measurement = Time(name, () =>
        {
            if (!PovertyEtl.Feedback.Annotation.AnnotatedCopy.TryWrite(file, check, target))
                throw new InvalidOperationException("the annotated copy was not written");
            return check.Findings.Count;
        });
        File.Delete(target);
        return measurement;
    }

    /// <summary>
    /// <c>ingest</c> end to end into a fresh warehouse: read, validate, stage, merge, record. The
    /// one-time schema migration is done before the clock starts; <paramref name="file"/> may be a
    /// folder, whose files are ingested in one run.
    /// </summary>
    private static Measurement Ingest(string name, string file, string connectionString)
    {
        var reference = ReferenceData.Load(ReferenceData.DefaultFolder);
        using var warehouse = WarehouseFactory.Open(connectionString, TimeProvider.System);
        warehouse.Migrate();
        warehouse.SyncReference(reference);
        var root = Path.Combine(Path.GetTempPath(), "povertyetl-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var pipeline = new IngestionPipeline(warehouse, warehouse, new ReportPass(reference, TimeProvider.System),
            new FilePlacement(new IngestionOptions { ArchivePath = Path.Combine(root, "archive"), RejectedPath = Path.Combine(root, "rejected") }, new RejectedFileFeedback(reference)),
            new IdNumberHasher("bench-key"), TimeProvider.System, Serilog.Core.Logger.None, Polly.ResiliencePipeline.Empty);
        var files = (Directory.Exists(file) ? Directory.GetFiles(file, "*.xlsx").Order(StringComparer.Ordinal).ToArray() : [file])
            .Select(f => new IncomingFile(f, FromInbox: false)).ToList();
        var measurement = Time(name, () =>
        {
            var report = pipeline.RunAsync("bench", "manual", files, dryRun: false).GetAwaiter().GetResult();
            if (report.Loaded != files.Count) throw new InvalidOperationException($"{report.Loaded} of {files.Count} files loaded");
            return report.Files.Sum(f => f.RowsLoaded);
        });
        Directory.Delete(root, recursive: true);
        return measurement;
    }

    private sealed class HouseholdCounter : IHouseholdSink
    {
        public long Households { get; private set; }
        public void Begin(PovertyEtl.Domain.Reports.ReportInfo info) { }
        public void Add(PovertyEtl.Domain.Reports.Household household) => Households++;
    }
}
