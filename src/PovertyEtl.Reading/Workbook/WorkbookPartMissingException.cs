namespace PovertyEtl.Reading.Workbook;

/// <summary>
/// A zip package lacks a part the workbook needs (<c>xl/workbook.xml</c>, or the part a sheet
/// points to): the bytes are not an Excel workbook, or a damaged one. Told apart by its type
/// from other damage, because a zip without a workbook part is usually another kind of document
/// (an .ods, a .docx) and the officer is told so.
/// </summary>
public sealed class WorkbookPartMissingException(string part, bool isWorkbookPart)
    : Exception(isWorkbookPart ? $"the package has no workbook part ({part})" : $"a sheet points to a missing part {part}")
{
    /// <summary>True when the missing part is the workbook itself, not one of its sheets.</summary>
    public bool IsWorkbookPart { get; } = isWorkbookPart;
}
