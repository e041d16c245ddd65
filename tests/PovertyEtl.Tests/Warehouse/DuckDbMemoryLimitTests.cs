using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse.DuckDb;
using Xunit;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// The embedded warehouse opened for loading keeps DuckDB's memory within its cap whatever the size
/// of the warehouse: work beyond it goes to the temporary folder beside the file, which is gone once
/// the file is closed.
/// </summary>
public sealed class DuckDbMemoryLimitTests
{
    [Fact]
    public void WorkBeyondTheCapSpillsBesideTheFileAndTheSpillIsGoneWhenTheWarehouseCloses()
    {
        using var folder = new ScratchFolder();
        var path = Path.Combine(folder.Path, "data", "warehouse.duckdb");
        using (var warehouse = TestWarehouse.OpenReady(path))
        {
            Assert.Equal($"{DuckDbConnectionStrings.LoadingMemoryLimitMegabytes}.0 MiB", warehouse.Scalar("SELECT current_setting('memory_limit')"));
            // Grouped into some three times the cap: it cannot be done in memory.
            var groups = warehouse.Count("SELECT count(*) FROM (SELECT h, count(*) AS n FROM " +
                                         "(SELECT repeat(md5(CAST(i AS varchar)), 4) AS h FROM range(3000000) t(i)) GROUP BY h)");
            Assert.Equal(3_000_000, groups);
        }

        Assert.False(Directory.Exists(path + ".tmp") && Directory.EnumerateFileSystemEntries(path + ".tmp").Any(), "the spill files are removed at close");
    }

    [Fact]
    public void TheWarehouseOpenedForLoadingRunsDuckDbOnOneThread()
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(Path.Combine(folder.Path, "warehouse.duckdb"));
        Assert.Equal("1", warehouse.Scalar("SELECT CAST(current_setting('threads') AS varchar)"));
    }
}
