namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// A sample report written: where; whose (its province, its district before the 2025 reform, and
/// its reporting unit: the district, or from 2025 the province); its year, how many communes and
/// households it lists, and how it is laid out.
/// </summary>
public sealed record SampleReport(string Path, string ProvinceCode, string? DistrictCode, string ReportingUnit, int Year, int Communes, long Households,
    SampleLayout Layout);
