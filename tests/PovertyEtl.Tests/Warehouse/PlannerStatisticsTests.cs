using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The mart views' plans on PostgreSQL rest on the dimensions' statistics, which autovacuum never
/// gathers for tables of a few dozen rows: the warehouse gathers them once the reference is synced.
/// </summary>
public sealed class PlannerStatisticsTests
{
    [Fact]
    public void AReadyPostgreSqlWarehouseHasEveryDimensionAnalysed()
    {
        using var warehouse = TestWarehouse.OpenReady(PostgresServer.Instance.CreateDatabase());

        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = 'dw' AND relname LIKE 'dim\\_%' " +
                                        "AND last_analyze IS NULL AND last_autoanalyze IS NULL"));
        Assert.True(warehouse.Count("SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = 'dw' AND relname LIKE 'dim\\_%'") >= 7);
        // With statistics the planner knows a standard's indicators are a few dozen rows, not its default guess of hundreds.
        Assert.True(warehouse.Count("SELECT reltuples::bigint FROM pg_class WHERE oid = 'dw.dim_indicator'::regclass") is > 0 and < 100);
    }
}
