using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Hosting.Settings;
using PovertyEtl.Ingestion;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Portal;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Hosting;

/// <summary>
/// The portal's settings (validated at every start, like every section) and what it needs from
/// the composition root: the configured warehouse opened per request, and the one ingestion
/// pipeline for a warehouse it opened.
/// </summary>
public static class PortalRegistration
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PortalOptions, PortalOptionsValidation>(configuration, PortalOptions.Section);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<WarehouseOptions>();
            var time = provider.GetRequiredService<TimeProvider>();
            return new PortalWarehouses(() => WarehouseFactory.OpenForPortal(options.ConnectionString, time), time);
        });
        services.AddSingleton<Func<IWarehouse, IngestionPipeline>>(provider => provider.GetRequiredService<IngestionPipelines>().For);
        services.AddSingleton<PortalAccounts>();
        return services;
    }
}
