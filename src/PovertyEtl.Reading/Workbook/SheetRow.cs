namespace PovertyEtl.Reading.Workbook;

/// <summary>The stored cells of one row, in column order (empty cells may be absent).</summary>
public sealed class SheetRow(int number, IReadOnlyList<RawCell> cells)
{
    public int Number { get; } = number;
    public IReadOnlyList<RawCell> Cells { get; } = cells;

    public RawCell this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column) return cell;
                if (cell.Column > column) break;
            }
            return new RawCell(column, CellKind.Empty, 0, null, NumberFormatKind.General);
        }
    }

    public bool IsBlank => Cells.All(c => c.IsBlank);
}
