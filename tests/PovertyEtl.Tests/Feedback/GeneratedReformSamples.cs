using PovertyEtl.Feedback.Samples;
using Xunit;

namespace PovertyEtl.Tests.Feedback;

/// <summary>
/// Post-reform sample reports (year 2025, format v2) for seeds 1 to <see cref="Seeds"/>: the
/// province reports of Vĩnh Long (86, which Trà Vinh 84 merged into) and An Giang (91), of
/// <see cref="Households"/> households each.
/// </summary>
public sealed class GeneratedReformSamples() : SampleSet(Seeds, Options)
{
    // 14 seeds: seed 14 is one whose Vĩnh Long report labels its totals row "Toàn tỉnh".
    public const int Seeds = 14;
    public const int Year = 2025;
    public const int ProvincesPerSeed = 2;
    public const int Households = 150;

    /// <summary>The default province, Trà Vinh (84), as the command line gives it: its reports go to Vĩnh Long.</summary>
    public static SampleOptions Options(string folder, int seed) => new(folder, ProvincesPerSeed, Households, seed, "84", Year);

    public static TheoryData<int> SeedNumbers => [.. Enumerable.Range(1, Seeds)];
}
