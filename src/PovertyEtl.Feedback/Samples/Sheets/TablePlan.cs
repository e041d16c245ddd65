using PovertyEtl.Reading.Workbook;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// The columns of a table in the order a file writes them, numbered from 1. The order is the
/// form's, a few neighbours swapped, or shuffled; a row number column stays first and a notes
/// column last, and in a two-row header each group's columns stay together under their title.
/// </summary>
internal sealed class TablePlan
{
    private readonly Dictionary<string, int> _columnOf;

    private TablePlan(IReadOnlyList<PlannedColumn> columns)
    {
        Columns = columns;
        _columnOf = columns.Select((c, i) => (c.Key, Column: i + 1)).ToDictionary(x => x.Key, x => x.Column, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlannedColumn> Columns { get; }

    public int Width => Columns.Count;

    public IReadOnlyList<double> Widths => [.. Columns.Select(c => c.Width)];

    public bool Has(string key) => _columnOf.ContainsKey(key);

    /// <summary>The column number (1-based) of a key the plan has.</summary>
    public int this[string key] => _columnOf[key];

    /// <summary>The column's letters, for formulas: <c>D</c>.</summary>
    public string Letters(string key) => CellAddress.ColumnLetters(this[key]);

    public PlannedColumn At(int column) => Columns[column - 1];

    public static TablePlan Arrange(IReadOnlyList<PlannedColumn> formOrder, SampleLayout layout, Random random)
    {
        var first = formOrder.Where(c => c.Key == ExtraColumn.RowNumber);
        var last = formOrder.Where(c => c.Key == ExtraColumn.Note);
        var body = formOrder.Where(c => c.Key is not (ExtraColumn.RowNumber or ExtraColumn.Note)).ToList();
        // A block moves as one: a group under its title in a two-row header, otherwise each column alone.
        var blocks = layout.TwoRowHeader
            ? Blocks(body)
            : body.Select(c => new List<PlannedColumn> { c }).ToList();
        switch (layout.ColumnOrder)
        {
            case ColumnOrder.SomeSwapped:
                for (var n = random.Next(1, 4); n > 0 && blocks.Count > 1; n--)
                {
                    var i = random.Next(blocks.Count - 1);
                    (blocks[i], blocks[i + 1]) = (blocks[i + 1], blocks[i]);
                }
                break;
            case ColumnOrder.Shuffled:
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(blocks));
                foreach (var block in blocks) random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(block));
                break;
        }
        return new TablePlan([.. first, .. blocks.SelectMany(b => b), .. last]);
    }

    private static List<List<PlannedColumn>> Blocks(IReadOnlyList<PlannedColumn> columns)
    {
        var blocks = new List<List<PlannedColumn>>();
        foreach (var column in columns)
        {
            if (column.Group is not null && blocks.Count > 0 && blocks[^1][0].Group == column.Group) blocks[^1].Add(column);
            else blocks.Add([column]);
        }
        return blocks;
    }
}
