using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>The start-of-year check once both years are after the reform: the same new communes, compared directly.</summary>
public sealed class StartOfYearAfterReformTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void A2026ReportsStartOfYearIsComparedWith2025sLoadedEndOfTheSameNewCommunes(string engine)
    {
        using var folder = new ScratchFolder();
        var report2025 = TidyReport.Create().AfterReform().SaveTo(folder.Path, "vinh-long-2025");
        var report2026 = TidyReport.Create().AfterReform()
            .Set(TidyReport.ThongTin, "B5", 2026).Set(TidyReport.ThongTin, "B6", new DateTime(2026, 11, 15))
            .SaveTo(folder.Path, "vinh-long-2026");
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var pipeline = TestPipeline.Create(warehouse, folder.Path);
        Assert.Equal(FileOutcomeStatus.Loaded, Assert.Single(pipeline.Ingest(report2025).Files).Status);

        var outcome = Assert.Single(pipeline.Ingest(report2026).Files);

        Assert.Equal(FileOutcomeStatus.Loaded, outcome.Status);
        // The same figures both years: a commune whose start differs from its own end differs from last year's end.
        var differing = TidyData.Communes.Count(c => c.PoorStart != c.PoorEnd);
        Assert.True(differing > 0, "the tidy figures should change within the year somewhere");
        Assert.Equal(differing, outcome.Findings.Count(f => f.Rule == "POOR_START_DIFFERS_FROM_LAST_YEAR"));
    }
}
