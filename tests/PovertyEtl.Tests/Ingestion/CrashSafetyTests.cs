using Xunit;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>
/// A load killed with SIGKILL at any moment leaves the warehouse as it was (or with the file fully
/// loaded, if the kill came after the commit), and the next run loads the file exactly once.
/// </summary>
public sealed class CrashSafetyTests
{
    private static readonly int[] KillAfterMilliseconds = [150, 400, 900, 1500, 2200, 3200];

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void AKilledIngestLeavesNoHalfLoadAndTheFileLoadsExactlyOnceAfterwards(string engine)
    {
        using var folder = new ScratchFolder();
        var file = SampleFiles.Write(Path.Combine(folder.Path, "in"), districts: 1, households: 20_000, seed: 3)[0];
        var original = File.ReadAllBytes(file);
        var connectionString = TestWarehouse.ConnectionString(engine, folder.Path);
        var environment = new Dictionary<string, string> { ["POVERTYETL__Warehouse__ConnectionString"] = connectionString };

        foreach (var delay in KillAfterMilliseconds)
        {
            using (var process = CliRunner.Start(folder.Path, environment, "ingest", file))
            {
                if (!process.WaitForExit(delay)) process.Kill();
                process.WaitForExit();
            }
            AssertConsistent(connectionString, expectedHouseholds: 20_000);
        }

        var final = CliRunner.Run(folder.Path, environment, "ingest", file);

        Assert.Equal(0, final.ExitCode);
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(1, warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'"));
        Assert.Equal(20_000, warehouse.Count("SELECT count(*) FROM dw.fact_household_year"));
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM etl.run WHERE status = 'running'"));
        Assert.Equal(original, File.ReadAllBytes(file));
    }

    private static void AssertConsistent(string connectionString, int expectedHouseholds)
    {
        using var warehouse = TestWarehouse.OpenReady(connectionString);
        Assert.Equal(0, warehouse.Count(
            "SELECT count(*) FROM dw.fact_household_year h WHERE NOT EXISTS " +
            "(SELECT 1 FROM etl.file_load l WHERE l.load_id = h.load_id AND l.status IN ('loaded', 'superseded'))"));
        var loaded = warehouse.Count("SELECT count(*) FROM etl.file_load WHERE status = 'loaded'");
        Assert.InRange(loaded, 0, 1);
        Assert.Equal(loaded * expectedHouseholds, warehouse.Count("SELECT count(*) FROM dw.fact_household_year"));
        Assert.Equal(loaded * expectedHouseholds, warehouse.Count("SELECT coalesce(sum(households), 0) FROM mart.deprivation_commune_year WHERE indicator_code = 'EMP1'"));
    }
}
