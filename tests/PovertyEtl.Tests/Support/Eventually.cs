using Xunit;
using System.Diagnostics;

namespace PovertyEtl.Tests.Support;

/// <summary>Waits for something another process does, looking again until it holds or the time is up.</summary>
public static class Eventually
{
    public static void True(Func<bool> condition, TimeSpan within, string what, Func<string>? context = null, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (Holds(condition)) return;
            Thread.Sleep(poll ?? TimeSpan.FromMilliseconds(250));
        }
        Assert.Fail($"not within {within}: {what}{(context is null ? "" : "\n" + context())}");
    }

    /// <summary>A condition that cannot be checked right now (a file locked by the worker) does not hold yet.</summary>
    public static bool Holds(Func<bool> condition)
    {
        try { return condition(); }
        catch (Exception e) when (e is IOException or System.Data.Common.DbException or InvalidOperationException or PovertyEtl.Warehouse.WarehouseUnreachableException)
        {
            return false;
        }
    }
}
