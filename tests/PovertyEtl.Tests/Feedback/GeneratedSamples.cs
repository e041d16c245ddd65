using PovertyEtl.Feedback.Samples;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>Sample reports for seeds 1 to <see cref="Seeds"/>, two Trà Vinh districts of 150 households each.</summary>
public sealed class GeneratedSamples() : SampleSet(Seeds, Options)
{
    public const int Seeds = 12;
    public const int DistrictsPerSeed = 2;
    public const int Households = 150;

    public static SampleOptions Options(string folder, int seed) => new(folder, DistrictsPerSeed, Households, seed);

    public static TheoryData<int> SeedNumbers => [.. Enumerable.Range(1, Seeds)];
}
