namespace PovertyEtl.Pipeline.Reading.Workbook;

/// <summary>A sheet as the workbook lists it: its name, where its XML is, and whether it is hidden.</summary>
public sealed record WorkbookSheet(string Name, string PartPath, bool Hidden);
