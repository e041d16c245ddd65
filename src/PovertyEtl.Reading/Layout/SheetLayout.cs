using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Reading.Layout;

/// <summary>Where a table sits in its sheet: the header row and the column of each field found.</summary>
public sealed class SheetLayout
{
    private readonly Dictionary<string, LocatedColumn> _columns;

    public SheetLayout(string sheetName, TableSpec spec, int headerRow, IEnumerable<LocatedColumn> columns)
    {
        SheetName = sheetName;
        Spec = spec;
        HeaderRow = headerRow;
        _columns = columns.ToDictionary(c => c.Spec.Key, StringComparer.Ordinal);
        LastColumn = _columns.Count == 0 ? 0 : _columns.Values.Max(c => c.Column);
    }

    /// <summary>The sheet's name as written in the workbook (what Excel shows the officer).</summary>
    public string SheetName { get; }
    public TableSpec Spec { get; }
    public int HeaderRow { get; }
    public int LastColumn { get; }

    public LocatedColumn? this[string key] => _columns.GetValueOrDefault(key);

    public IEnumerable<LocatedColumn> Columns => _columns.Values.OrderBy(c => c.Column);

    public SourceCell Cell(LocatedColumn column, int row) => new(SheetName, column.Column, row);

    public SourceCell? Cell(string key, int row) => this[key] is { } column ? Cell(column, row) : null;
}
