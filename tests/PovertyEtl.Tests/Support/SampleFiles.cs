using PovertyEtl.Feedback.Samples;

namespace PovertyEtl.Tests.Support;

/// <summary>District reports written by the product's samples generator into a test's folder.</summary>
public static class SampleFiles
{
    public static IReadOnlyList<string> Write(string folder, int districts = 2, int households = 60, int seed = 1, int year = 2024, string province = "84") =>
        SampleReports.Write(new SampleOptions(folder, districts, households, seed, province, year), ReferenceFixture.Load());
}
