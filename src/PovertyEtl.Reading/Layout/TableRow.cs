using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Reading.Layout;

/// <summary>A data or totals row of a table, its cells laid out by column for direct access.</summary>
public sealed class TableRow(int number, RowKind kind, RawCell[] cellsByColumn)
{
    public int Number { get; } = number;
    public RowKind Kind { get; } = kind;

    public RawCell this[LocatedColumn column] =>
        column.Column < cellsByColumn.Length ? cellsByColumn[column.Column] : default;
}
