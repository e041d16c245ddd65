using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PovertyEtl.Hosting;
using PovertyEtl.Ingestion.Ports;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Worker;

/// <summary>
/// On every node of a cluster (<c>Scheduler:Clustered=true</c>): looks every
/// <see cref="Interval"/> for a shared run under way that another node leads and whose leader is
/// alive, and joins it, running its part of the inbox's files (<see cref="ScheduledIngestion.RunPartAsync"/>,
/// one part at a time, in a scope of its own as a Quartz job is). The look is one query on an
/// index of the running shared runs; whether a leader is alive (its run's lock held) is asked
/// once per run. A warehouse out of reach is logged and looked at again; the worker goes on.
/// </summary>
public sealed class SharedRunJoiner(IServiceScopeFactory scopes, WarehouseAccess access, NodeRuns node, TimeProvider time, ILogger log) : BackgroundService
{
    /// <summary>Short beside a national year's run (minutes), long beside the query (a millisecond).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Runs already joined, found dead or found with nothing left to take: never looked at again.</summary>
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IWarehouse? warehouse = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    warehouse ??= access.Open();
                    await JoinAnyAsync(warehouse, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    log.Warning("Could not look for a shared run to join ({Reason}); looking again in {Interval}", e.Message, Interval);
                    warehouse?.Dispose();
                    warehouse = null;
                }
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The worker is stopping.
        }
        finally
        {
            warehouse?.Dispose();
        }
    }

    private async Task JoinAnyAsync(IWarehouse warehouse, CancellationToken cancellation)
    {
        var underWay = await warehouse.SharedRunsUnderWayAsync(cancellation);
        _done.IntersectWith(underWay.Select(r => r.RunId));
        foreach (var leader in underWay)
        {
            if (node.Leads(leader.RunId) || !_done.Add(leader.RunId)) continue;
            if (!await warehouse.IsRunAliveAsync(leader.RunId, cancellation)) continue;
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ScheduledIngestion>().RunPartAsync(leader, cancellation);
        }
    }
}
