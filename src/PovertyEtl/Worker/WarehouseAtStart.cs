using PovertyEtl.Hosting;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Worker;

/// <summary>
/// The worker brings the warehouse up to date before its scheduler starts. A warehouse that is
/// down at that moment (a database restarting with the machine) is tried again for
/// <c>Schedule:StartRetrySeconds</c> before the worker gives up with exit 3, so that a service
/// manager's ordering race does not cost a night.
/// </summary>
public static class WarehouseAtStart
{
    public static async Task MakeReady(WarehouseAccess access, TimeSpan patience, TimeProvider time, ILogger log, CancellationToken cancellation)
    {
        var giveUpAt = time.GetUtcNow() + patience;
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                access.OpenReady().Dispose();
                return;
            }
            catch (Exception e) when (TransientFaults.IsTransient(e) && time.GetUtcNow() + delay < giveUpAt)
            {
                log.Warning("Warehouse not reachable at start ({Reason}); trying again in {Delay}", e.Message, delay);
                await Task.Delay(delay, time, cancellation);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(15).Ticks));
            }
        }
    }
}
