using Xunit;
using PovertyEtl.Ingestion.History;

namespace PovertyEtl.Tests.Ingestion.History;

/// <summary>What the warehouse is given back reads as what was written: a status added to an enum needs its word both ways.</summary>
public sealed class StatusCodesTests
{
    [Fact]
    public void EveryLoadStatusReadsBackFromItsWord() =>
        Assert.All(Enum.GetValues<LoadStatus>(), s => Assert.Equal(s, LoadStatusCodes.FromCode(s.Code())));

    [Fact]
    public void EveryRunStatusReadsBackFromItsWord() =>
        Assert.All(Enum.GetValues<RunStatus>(), s => Assert.Equal(s, RunStatusCodes.FromCode(s.Code())));
}
