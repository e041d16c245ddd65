namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// What <c>samples</c> writes: <paramref name="Districts"/> reports for <paramref name="Year"/>,
/// each listing <paramref name="HouseholdsPerDistrict"/> poor and near-poor households. For a
/// year up to 2024 they are district reports (format v1), starting with the districts of
/// <paramref name="ProvinceCode"/> in code order and going on into the next provinces; from 2025,
/// when districts no longer exist, province reports (format v2), one per province covering all
/// its communes, starting with <paramref name="ProvinceCode"/> (or the province it merged into)
/// and going on into the next provinces. The same options give the same files.
/// </summary>
public sealed record SampleOptions(
    string OutputFolder,
    int Districts = 3,
    int HouseholdsPerDistrict = 200,
    int Seed = 1,
    string ProvinceCode = "84",
    int Year = 2024);
