using PovertyEtl.Tests.Support;
using PovertyEtl.Pipeline.Feedback.Samples;
using PovertyEtl.Pipeline.Reference;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// Sample reports for seeds 1 to <see cref="Seeds"/>, two Trà Vinh districts of 150 households
/// each, written once for all the tests of a class and deleted afterwards.
/// </summary>
public sealed class GeneratedSamples : IDisposable
{
    public const int Seeds = 12;
    public const int DistrictsPerSeed = 2;
    public const int Households = 150;

    private readonly ScratchFolder _folder = new();
    private readonly Dictionary<int, IReadOnlyList<SampleReport>> _bySeed = [];

    public GeneratedSamples()
    {
        Reference = ReferenceData.Load(Path.Combine(AppContext.BaseDirectory, "config", "reference"));
        for (var seed = 1; seed <= Seeds; seed++)
            _bySeed[seed] = SampleReports.Generate(Options(_folder.File($"seed{seed}"), seed), Reference);
    }

    public ReferenceData Reference { get; }

    public IReadOnlyList<SampleReport> Of(int seed) => _bySeed[seed];

    public IEnumerable<SampleReport> All => _bySeed.Values.SelectMany(r => r);

    public static SampleOptions Options(string folder, int seed) => new(folder, DistrictsPerSeed, Households, seed);

    public static TheoryData<int> SeedNumbers => [.. Enumerable.Range(1, Seeds)];

    public void Dispose() => _folder.Dispose();
}
