using PovertyEtl.Validation;

namespace PovertyEtl.Feedback.Annotation;

/// <summary>
/// What to mark on one sheet: the cells findings name (with the findings, for their comment)
/// and the rows a record-level finding tints, by row number, in order, as the sheet's XML
/// streams by row.
/// </summary>
internal sealed class SheetMarks
{
    private readonly SortedDictionary<int, RowMarks> _rows = [];

    public IReadOnlyDictionary<int, RowMarks> Rows => _rows;

    /// <summary>The findings of each named cell, for its comment: (row, column) → findings, in the order found.</summary>
    public SortedDictionary<(int Row, int Column), List<Finding>> Comments { get; } = [];

    public void Add(Finding finding, int row, int column, bool marksRow)
    {
        var marks = RowOf(row);
        var mark = finding.Severity == Severity.Error ? Mark.Error : Mark.Warning;
        marks.MarkCell(column, mark);
        if (marksRow) marks.Tint(mark == Mark.Error ? Mark.ErrorRow : Mark.WarningRow);
        if (!Comments.TryGetValue((row, column), out var list)) Comments[(row, column)] = list = [];
        list.Add(finding);
    }

    private RowMarks RowOf(int row)
    {
        if (!_rows.TryGetValue(row, out var marks)) _rows[row] = marks = new RowMarks(row);
        return marks;
    }
}

/// <summary>The marks of one row: its named cells by column, and the tint of the whole row if a record-level finding is on it.</summary>
internal sealed class RowMarks(int number)
{
    public int Number { get; } = number;
    public SortedDictionary<int, Mark> Cells { get; } = [];
    public Mark? RowTint { get; private set; }

    public void MarkCell(int column, Mark mark) => Cells[column] = Cells.TryGetValue(column, out var had) && had > mark ? had : mark;

    public void Tint(Mark tint) => RowTint = RowTint > tint ? RowTint : tint;

    /// <summary>The mark of a cell of this row: its own, else the row's tint when the column is within the tinted span.</summary>
    public Mark? At(int column, int firstColumn, int lastColumn) =>
        Cells.TryGetValue(column, out var mark) ? mark
        : RowTint is { } tint && column >= firstColumn && column <= lastColumn ? tint : null;
}
