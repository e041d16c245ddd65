namespace PovertyEtl.Reading.Layout;

/// <summary>A table sheet of the format: its name, whether it must be there, its key column and its columns.</summary>
public sealed record TableSpec(string SheetName, bool Required, string KeyColumn, IReadOnlyList<ColumnSpec> Columns)
{
    public ColumnSpec Column(string key) => Columns.First(c => c.Key == key);

    public IEnumerable<ColumnSpec> RequiredColumns => Columns.Where(c => c.Required);
}
