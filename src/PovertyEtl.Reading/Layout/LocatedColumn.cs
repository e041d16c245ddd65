namespace PovertyEtl.Reading.Layout;

/// <summary>
/// A column found in a sheet's header: which field, where, the header as written, and for money
/// the value in đồng of one unit as the header states it (<c>triệu đồng</c> = 1,000,000).
/// </summary>
public sealed record LocatedColumn(ColumnSpec Spec, int Column, string HeaderText, decimal UnitVnd);
