using Polly;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// Makes the one ingestion pipeline, and the summary page writer beside it, for a warehouse the
/// caller opened (a command for its run, the worker for each scheduled run): the warehouse is a
/// connection with a lifetime, everything else is made once.
/// </summary>
public sealed class IngestionPipelines(ReportPass pass, FilePlacement placement, IdNumberHasher idHasher, ReferenceData reference,
    RunSummaryOptions summaryOptions, IngestionOptions ingestion, TimeProvider time, ILogger log, ResiliencePipeline retry)
{
    public IngestionPipeline For(IWarehouse warehouse) => new(warehouse, warehouse, pass, placement, idHasher, time, log, retry, ingestion.Parallelism);

    public RunSummaryWriter SummaryFor(IWarehouse warehouse) => new(warehouse, warehouse, reference, summaryOptions, time, log);
}
