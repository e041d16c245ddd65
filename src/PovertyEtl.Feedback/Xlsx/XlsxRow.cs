namespace PovertyEtl.Feedback.Xlsx;

/// <summary>
/// A reusable buffer for the cells of one row, set by column in any order (a shuffled layout
/// fills them out of order) and written in column order. Cleared after each write, so a
/// 300,000-row sheet goes through one buffer.
/// </summary>
internal sealed class XlsxRow
{
    private XlsxCell[] _cells = new XlsxCell[32];

    /// <summary>The highest column set since the last clear (1-based), 0 when the row is empty.</summary>
    public int LastColumn { get; private set; }

    public XlsxCell this[int column]
    {
        get => column <= LastColumn ? _cells[column] : default;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(column, 16384);
            if (column >= _cells.Length) Array.Resize(ref _cells, Math.Max(column + 1, _cells.Length * 2));
            _cells[column] = value;
            if (column > LastColumn) LastColumn = column;
        }
    }

    public void Clear()
    {
        Array.Clear(_cells, 0, LastColumn + 1);
        LastColumn = 0;
    }
}
