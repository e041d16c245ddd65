using PovertyEtl.Warehouse;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal;

/// <summary>
/// Opens the warehouse for one request and closes it after: the embedded DuckDB file is then
/// free between requests for a load in another process. While a load holds the file
/// (<see cref="WarehouseBusyException"/>) the request waits and tries again, up to
/// <see cref="Patience"/>; after that the busy fault goes to the caller (a 503 page).
/// </summary>
public sealed class PortalWarehouses(Func<IPortalWarehouse> open, TimeProvider time)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<T> UseAsync<T>(Func<IPortalWarehouse, Task<T>> work, CancellationToken cancellation)
    {
        using var warehouse = await OpenAsync(cancellation);
        return await work(warehouse);
    }

    public async Task UseAsync(Func<IPortalWarehouse, Task> work, CancellationToken cancellation)
    {
        using var warehouse = await OpenAsync(cancellation);
        await work(warehouse);
    }

    public async Task<IPortalWarehouse> OpenAsync(CancellationToken cancellation)
    {
        var giveUpAt = time.GetUtcNow() + Patience;
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return open();
            }
            catch (WarehouseBusyException) when (time.GetUtcNow() + delay < giveUpAt)
            {
                await Task.Delay(delay, time, cancellation);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
        }
    }
}
