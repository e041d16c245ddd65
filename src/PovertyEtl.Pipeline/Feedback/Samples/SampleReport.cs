namespace PovertyEtl.Pipeline.Feedback.Samples;

/// <summary>A sample report written: where, which district and year, how many households it lists, and how it is laid out.</summary>
public sealed record SampleReport(string Path, string ProvinceCode, string DistrictCode, int Year, int Communes, long Households, SampleLayout Layout);
