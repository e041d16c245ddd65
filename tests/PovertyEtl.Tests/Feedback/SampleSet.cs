using PovertyEtl.Ingestion;
using PovertyEtl.Tests.Support;
using PovertyEtl.Feedback.Samples;
using PovertyEtl.Domain.Reference;
using PovertyEtl.Validation;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>Sample reports for seeds 1 to N, written once for all the tests of a class (a class fixture) and deleted afterwards.</summary>
public abstract class SampleSet : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly Dictionary<int, IReadOnlyList<SampleReport>> _bySeed = [];
    private readonly Func<string, int, SampleOptions> _options;

    protected SampleSet(int seeds, Func<string, int, SampleOptions> options)
    {
        _options = options;
        for (var seed = 1; seed <= seeds; seed++)
            _bySeed[seed] = SampleReports.Generate(options(_folder.File($"seed{seed}"), seed), Reference);
    }

    public ReferenceData Reference { get; } = ReferenceFixture.Load();

    public IReadOnlyList<SampleReport> Of(int seed) => _bySeed[seed];

    public IEnumerable<SampleReport> All => _bySeed.Values.SelectMany(r => r);

    /// <summary>
    /// The report validated as ingest would, asserted to have no error and no warning (the message lists them
    /// with the file's layout); and how many households its list streamed.
    /// </summary>
    public (ReportCheck Check, int Households) ValidateClean(SampleReport report)
    {
        var counter = new HouseholdCounter();
        var check = new ReportPass(Reference, TimeProvider.System).Check(report.Path, counter);
        Assert.True(check.Errors == 0 && check.Warnings == 0, $"{Path.GetFileName(report.Path)} ({report.Layout}):\n" + check.Problems().Describe());
        return (check, counter.Households.Count);
    }

    /// <summary>Writes the set's files of <paramref name="seed"/> twice, afresh, and asserts the same names and bytes.</summary>
    public void AssertTheSameBytesTwice(int seed)
    {
        using var first = new ScratchFolder();
        using var second = new ScratchFolder();
        var once = SampleReports.Write(_options(first.Path, seed), Reference);
        var again = SampleReports.Write(_options(second.Path, seed), Reference);
        Assert.Equal(once.Select(Path.GetFileName), again.Select(Path.GetFileName));
        foreach (var (a, b) in once.Zip(again)) Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
