namespace PovertyEtl.Reading.Problems;

/// <summary>
/// One read problem: its kind, where (a cell, or only a sheet when the thing is missing
/// altogether, or neither for the file itself), the value found there, and what the message
/// needs to say it (the header, what was expected, the listing of accepted values).
/// </summary>
public sealed record ReadProblem(ReadProblemKind Kind, string Sheet, SourceCell? Cell, string Value, object?[] Details)
{
    public static ReadProblem At(ReadProblemKind kind, SourceCell cell, string value, params object?[] details) =>
        new(kind, cell.Sheet, cell, value, details);

    public static ReadProblem InSheet(ReadProblemKind kind, string sheet, params object?[] details) =>
        new(kind, sheet, null, string.Empty, details);
}
