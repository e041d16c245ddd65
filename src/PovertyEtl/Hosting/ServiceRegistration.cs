using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.RunSummary;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>The services every command and the worker share, each made once per process; one clock for all.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddPovertyEtl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<WarehouseOptions, WarehouseOptionsValidation>(configuration, WarehouseOptions.Section);
        services.AddSettings<IngestionOptions, IngestionOptionsValidation>(configuration, "Ingestion");
        services.AddSettings<ScheduleOptions, ScheduleOptionsValidation>(configuration, ScheduleOptions.Section);
        services.AddSettings<SchedulerOptions>(configuration, SchedulerOptions.Section);
        services.AddSettings<PrivacyOptions>(configuration, PrivacyOptions.Section);
        services.AddSettings<RunSummaryOptions, RunSummaryOptionsValidation>(configuration, "Reports");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ReferenceData.Load(ReferenceData.DefaultFolder));
        services.AddSingleton<ReportPass>();
        services.AddSingleton<IRejectionFeedback, RejectedFileFeedback>();
        services.AddSingleton<FilePlacement>();
        services.AddSingleton<Inbox>();
        services.AddSingleton(provider => new IdNumberHasher(provider.GetRequiredService<PrivacyOptions>().IdHashKey));
        services.AddSingleton(provider => FaultRetry.Create(provider.GetRequiredService<ILogger>()));
        services.AddSingleton<IdHashKeyGuard>();
        services.AddSingleton<WarehouseAccess>();
        services.AddSingleton<IngestionPipelines>();
        services.AddPortal(configuration);
        return services;
    }
}
