namespace PovertyEtl.Pipeline.Feedback.Samples;

/// <summary>
/// What <c>samples</c> writes: <paramref name="Districts"/> district reports for
/// <paramref name="Year"/>, starting with the districts of <paramref name="ProvinceCode"/> in code
/// order and going on into the next provinces, each listing
/// <paramref name="HouseholdsPerDistrict"/> poor and near-poor households. The same options
/// give the same files.
/// </summary>
public sealed record SampleOptions(
    string OutputFolder,
    int Districts = 3,
    int HouseholdsPerDistrict = 200,
    int Seed = 1,
    string ProvinceCode = "84",
    int Year = 2024);
