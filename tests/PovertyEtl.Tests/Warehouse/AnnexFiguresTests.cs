using Xunit;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>The annex's figures port on both engines: a province's year summed by district from <c>mart.poverty_commune_year</c>, with its loads.</summary>
public sealed class AnnexFiguresTests(TraVinh2022Warehouses replica) : IClassFixture<TraVinh2022Warehouses>
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task AProvincesYearBeforeTheReformIsALinePerDistrictInCodeOrderThatAddsUpToThePublishedTotals(string engine)
    {
        using var warehouse = WarehouseFactory.OpenExisting(replica.ConnectionString(engine), TimeProvider.System);

        var figures = await warehouse.ProvinceAnnexAsync("84", 2022, CancellationToken.None);

        Assert.Equal(["842", "844", "845", "846", "847", "848", "849", "850", "851"], figures.Lines.Select(l => l.UnitCode));
        Assert.Equal(("Huyện Duyên Hải", "Thị xã Duyên Hải"), (figures.Lines[7].UnitName, figures.Lines[8].UnitName));
        Assert.Equal("Tỉnh Trà Vinh", figures.ProvinceName);
        Assert.Equal(106, figures.Lines.Sum(l => l.Communes));
        Assert.Equal(
            (TraVinhReview2022.TotalHouseholds, TraVinhReview2022.Poor, TraVinhReview2022.NearPoor, TraVinhReview2022.PoorNoLabour,
                TraVinhReview2022.NearPoorNoLabour, TraVinhReview2022.PoorEthnicMinority),
            (figures.Lines.Sum(l => l.TotalHouseholds), figures.Lines.Sum(l => l.PoorEnd), figures.Lines.Sum(l => l.NearPoorEnd),
                figures.Lines.Sum(l => l.PoorNoLabourEnd!.Value), figures.Lines.Sum(l => l.NearPoorNoLabourEnd!.Value),
                figures.Lines.Sum(l => l.PoorEthnicMinorityEnd!.Value)));
        Assert.Equal(9, figures.Sources.Count);
        Assert.All(figures.Sources, s => Assert.Matches(@"^84_8\d\d_2022\.xlsx$", s.FileName));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task AYearNotLoadedHasNoLinesAndNoSources(string engine)
    {
        using var warehouse = WarehouseFactory.OpenExisting(replica.ConnectionString(engine), TimeProvider.System);

        var figures = await warehouse.ProvinceAnnexAsync("84", 2023, CancellationToken.None);

        Assert.Empty(figures.Lines);
        Assert.Empty(figures.Sources);
    }
}
