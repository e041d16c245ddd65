namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// Where a workbook keeps its text. Excel writes a shared string table; many generators write
/// each string inside its cell. Readers must take both, so the samples use both. Shared strings
/// are held in memory until the end, so very large sheets use inline strings.
/// </summary>
internal enum XlsxTextStorage { Shared, Inline }
