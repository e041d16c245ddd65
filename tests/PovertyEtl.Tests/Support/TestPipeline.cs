using PovertyEtl.Feedback;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Validation;

namespace PovertyEtl.Tests.Support;

/// <summary>The product's ingestion pipeline over a test warehouse, with inbox, archive and rejected folders in the test's folder.</summary>
public static class TestPipeline
{
    public static IngestionOptions Folders(string root) => new()
    {
        InboxPath = Path.Combine(root, "inbox"),
        ArchivePath = Path.Combine(root, "archive"),
        RejectedPath = Path.Combine(root, "rejected"),
        StableSeconds = 0,
    };

    public static IngestionPipeline Create(IWarehouse warehouse, string root, string? idHashKey = null, int parallelism = 1) => new(
        warehouse,
        warehouse,
        new ReportPass(ReferenceFixture.Load(), TimeProvider.System),
        new FilePlacement(Folders(root), new RejectedFileFeedback(ReferenceFixture.Load())),
        new IdNumberHasher(idHashKey),
        TimeProvider.System,
        Serilog.Core.Logger.None,
        Polly.ResiliencePipeline.Empty,
        parallelism);

    public static RunReport Ingest(this IngestionPipeline pipeline, params string[] files) =>
        pipeline.RunAsync(Guid.NewGuid().ToString("N")[..12], "manual", files.Select(f => new IncomingFile(f, FromInbox: false)).ToList(), dryRun: false)
            .GetAwaiter().GetResult();

    public static object? Scalar(this IWarehouse warehouse, string sql) => warehouse.QueryReadOnly(sql).Rows.Single()[0];

    /// <summary>A count or sum as a long, whatever integer type the engine returns (DuckDB sums are HUGEINT).</summary>
    public static long Count(this IWarehouse warehouse, string sql) => warehouse.Scalar(sql) switch
    {
        System.Numerics.BigInteger big => (long)big,
        var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
