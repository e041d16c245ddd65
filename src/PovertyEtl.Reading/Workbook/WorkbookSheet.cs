namespace PovertyEtl.Reading.Workbook;

/// <summary>A sheet as the workbook lists it: its place among the sheets, its name, and whether it is hidden.</summary>
public sealed record WorkbookSheet(int Index, string Name, bool Hidden);
