using PovertyEtl.Feedback;
using Microsoft.Extensions.Configuration;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Validation;

namespace PovertyEtl.Hosting;

/// <summary>Builds the one ingestion pipeline from configuration, for the command line and the scheduler alike.</summary>
public static class PipelineFactory
{
    public static IngestionOptions Options(IConfiguration configuration) =>
        configuration.GetSection("Ingestion").Get<IngestionOptions>() ?? new IngestionOptions();

    public static IngestionPipeline Create(CommandRuntime runtime, IWarehouse warehouse) => new(
        warehouse,
        warehouse,
        new ReportPass(runtime.Reference, TimeProvider.System),
        new FilePlacement(Options(runtime.Configuration), new RejectedFileFeedback()),
        new IdNumberHasher(runtime.Configuration["Privacy:IdHashKey"]),
        TimeProvider.System,
        runtime.Logger,
        FaultRetry.Create(runtime.Logger));

    /// <summary>The run summary page writer (<c>Reports</c> section), beside the pipeline whose runs it shows.</summary>
    public static RunSummaryWriter RunSummary(CommandRuntime runtime, IWarehouse warehouse) => new(
        warehouse,
        warehouse,
        runtime.Reference,
        runtime.Configuration.GetSection("Reports").Get<RunSummaryOptions>() ?? new RunSummaryOptions(),
        TimeProvider.System,
        runtime.Logger);
}
