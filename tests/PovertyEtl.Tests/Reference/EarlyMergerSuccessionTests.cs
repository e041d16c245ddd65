using PovertyEtl.Domain.Reference;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Reference;

/// <summary>
/// The 441 communes merged in early 2025 reach the new units through the commune that absorbed
/// them (old commune → absorber → new unit), with the source's confidence kept.
/// </summary>
public sealed class EarlyMergerSuccessionTests(ReferenceFixture fixture) : IClassFixture<ReferenceFixture>
{
    private readonly UnitSuccession _succession = fixture.Reference.Succession;

    [Theory]
    [InlineData("29245")]
    [InlineData("29251")]
    public void TraVinhsPhuong2And6GoWholeThroughPhuong3IntoPhuongTraVinh(string oldCode)
    {
        var step = Assert.Single(_succession.SuccessorsOf(oldCode));

        Assert.Equal(("29242", true, "29242"), (step.NewCode, step.Whole, step.Via));
        Assert.Contains(_succession.PredecessorsOf("29242"), s => s.OldCode == oldCode);
    }

    [Fact]
    public void ABenTreCommuneMergedByHandGoesIntoVinhLongsGiaoLongMarkedMedium()
    {
        var step = Assert.Single(_succession.SuccessorsOf("28825"));

        Assert.Equal(("28807", "28828"), (step.NewCode, step.Via));
        Assert.Equal("medium", step.Merger!.Confidence);
        Assert.True(step.Merger.Uncertain);
    }

    [Fact]
    public void EveryCommuneThatLeftTheCatalogueInEarly2025HasASuccessor()
    {
        var early = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "config", "reference", "admin_merges_2025_early.csv"))
            .Skip(1).Select(line => line[..5]).ToList();

        Assert.Equal(441, early.Count);
        Assert.All(early, code => Assert.NotEmpty(_succession.SuccessorsOf(code)));
    }
}
