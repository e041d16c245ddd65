using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>Builds a table's <see cref="PlannedColumn"/>s in form order: headers as the file spells them, extras when it has them.</summary>
internal sealed class TableColumns(TableSpec spec, SampleContext context)
{
    private readonly List<PlannedColumn> _columns = [];
    private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);

    /// <summary>A column of the format, its header one of the accepted names (with <paramref name="unit"/> when the file writes units).</summary>
    public TableColumns Add(string key, double width, string? unit = null, string? group = null) =>
        Column(key, context.Headers.Column(spec.Column(key), unit), width, group);

    /// <summary>A column whose header is already decided (it must state its unit), only broken and spelled the file's way.</summary>
    public TableColumns AddWritten(string key, string header, double width, string? group = null) =>
        Column(key, context.Headers.Finish(header), width, group);

    /// <summary>The row number column first and the notes column last, when the file has extra columns.</summary>
    public TablePlan Arrange()
    {
        var layout = context.Layout;
        var random = context.Random;
        if (layout.ExtraColumns)
        {
            _columns.Insert(0, new PlannedColumn(ExtraColumn.RowNumber, context.Headers.Spell(random.Pick(["STT", "TT", "Số TT"])), null, 5));
            _columns.Add(new PlannedColumn(ExtraColumn.Note, context.Headers.Spell("Ghi chú"), null, 16));
        }
        return TablePlan.Arrange(_columns, layout, random);
    }

    private TableColumns Column(string key, string header, double width, string? group)
    {
        // Spelled once per group: its columns must carry the same title to stay together.
        if (group is not null && !_groups.ContainsKey(group)) _groups[group] = context.Headers.Spell(group);
        _columns.Add(new PlannedColumn(key, header, group is null ? null : _groups[group], width));
        return this;
    }
}
