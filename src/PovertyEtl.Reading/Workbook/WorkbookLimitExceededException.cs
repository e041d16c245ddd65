using PovertyEtl.Domain.Limits;

namespace PovertyEtl.Reading.Workbook;

/// <summary>Which of <see cref="Domain.Limits.ReadLimits"/> a file went beyond.</summary>
public enum WorkbookLimit
{
    Rows,
    Columns,
    PartSize,
    CompressionRatio,
    SharedStrings,
    XmlDepth,
    /// <summary>A run of bytes without markup (one tag, attribute or text) longer than any honest one.</summary>
    XmlToken,
}

/// <summary>
/// The bytes go beyond a limit of what is read (<see cref="Domain.Limits.ReadLimits"/>):
/// found deep in a stream, it unwinds to the reader of the sheet or the opening of the file,
/// which turn it into a finding. Told apart by type from damage (the file may well be valid
/// XML) and from faults on our side.
/// </summary>
public sealed class WorkbookLimitExceededException(WorkbookLimit limit, string part, long at = 0, long bound = 0)
    : Exception($"{part}: beyond the {limit} limit")
{
    public WorkbookLimit Limit { get; } = limit;

    /// <summary>The part of the package (or the sheet) where the limit was hit.</summary>
    public string Part { get; } = part;

    /// <summary>Where in it, when that says something (the row of a row or column limit).</summary>
    public long At { get; } = at;

    /// <summary>The value of the limit when it depends on the part (the size of a part streamed or held whole).</summary>
    public long Bound { get; } = bound;
}
