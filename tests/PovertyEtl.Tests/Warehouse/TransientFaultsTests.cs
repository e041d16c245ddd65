using DuckDB.NET.Data;
using Xunit;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>What is retried is decided by the fault's type, never by the words of its message.</summary>
public sealed class TransientFaultsTests
{
    [Fact]
    public void ADuckDbErrorThatMerelyMentionsALockIsNotRetried()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path));

        var missingTable = Assert.ThrowsAny<DuckDBException>(() => warehouse.QueryReadOnly("SELECT * FROM lock_table_that_is_not_there"));

        Assert.Contains("lock", missingTable.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(TransientFaults.IsTransient(missingTable));
    }

    [Fact]
    public void AWarehouseBusyWithAnotherLoadIsRetriedAMissingOneIsNot()
    {
        Assert.True(TransientFaults.IsTransient(new WarehouseBusyException("DuckDB /data/warehouse.duckdb")));
        Assert.False(TransientFaults.IsTransient(new WarehouseMissingException("DuckDB /typo/warehouse.duckdb", "no warehouse at this path")));
    }
}
