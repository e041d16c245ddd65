using PovertyEtl.Reading.Text;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Layout;

/// <summary>
/// Finds a table's header among the first 20 rows of its sheet. Title blocks and blank rows may
/// sit above it; a header split over two merged rows is matched on the lower row, and a header
/// cell merged down over both rows (its text stored in the upper cell) counts for its column.
/// </summary>
internal static class HeaderLocator
{
    public const int SearchRows = 20;

    /// <summary>The layout, or null when the sheet has no recognisable header (its finding is added).</summary>
    public static SheetLayout? Locate(IReadOnlyList<SheetRow> firstRows, TableSpec spec, string sheetName, IReadProblemSink problems)
    {
        SheetRow? above = null;
        (SheetRow Row, List<(ColumnSpec Spec, RawCell Cell, string Text)> Matches)? best = null;
        foreach (var row in firstRows.Where(r => r.Number <= SearchRows))
        {
            var adjacentAbove = above is not null && above.Number == row.Number - 1 ? above : null;
            var matches = Match(row, adjacentAbove, spec);
            var required = matches.Select(m => m.Spec).Where(s => s.Required).Distinct().Count();
            if (required == spec.RequiredColumns.Count()) return Build(row, matches, spec, sheetName, problems);
            if (best is null || required > best.Value.Matches.Select(m => m.Spec).Where(s => s.Required).Distinct().Count())
                best = (row, matches);
            above = row;
        }

        var bestRequired = best?.Matches.Select(m => m.Spec).Where(s => s.Required).Distinct().Count() ?? 0;
        if (best is null || bestRequired < 2)
        {
            problems.Report(ReadProblem.InSheet(ReadProblemKind.HeaderNotFound, sheetName, sheetName,
                string.Join(", ", spec.RequiredColumns.Select(c => c.Header))));
            return null;
        }
        var layout = Build(best.Value.Row, best.Value.Matches, spec, sheetName, problems);
        var firstHeaderCell = new SourceCell(sheetName, best.Value.Row.Cells.FirstOrDefault(c => !c.IsBlank).Column is var c and > 0 ? c : 1, best.Value.Row.Number);
        foreach (var missing in spec.RequiredColumns.Where(s => layout[s.Key] is null))
            problems.Report(ReadProblem.At(ReadProblemKind.ColumnMissing, firstHeaderCell, string.Empty, missing.Header, best.Value.Row.Number, missing.HeaderListing));
        return layout;
    }

    private static List<(ColumnSpec Spec, RawCell Cell, string Text)> Match(SheetRow row, SheetRow? above, TableSpec spec)
    {
        var result = new List<(ColumnSpec, RawCell, string)>();
        var columns = row.Cells.Select(c => c.Column).Concat(above?.Cells.Select(c => c.Column) ?? []).Distinct();
        foreach (var column in columns)
        {
            var cell = row[column];
            if (cell.IsBlank && above is not null) cell = above[column];
            if (cell.Kind != CellKind.Text) continue;
            var text = cell.Text!;
            var key = MatchKey.Of(text);
            var loose = ColumnSpec.Loose(key);
            var spec1 = spec.Columns.FirstOrDefault(s => s.Matches(key, loose));
            if (spec1 is not null) result.Add((spec1, cell, text));
        }
        return result;
    }

    private static SheetLayout Build(SheetRow row, List<(ColumnSpec Spec, RawCell Cell, string Text)> matches, TableSpec spec,
        string sheetName, IReadProblemSink problems)
    {
        var located = new List<LocatedColumn>();
        foreach (var group in matches.GroupBy(m => m.Spec))
        {
            var ordered = group.OrderBy(m => m.Cell.Column).ToList();
            if (ordered.Count > 1)
            {
                problems.Report(ReadProblem.At(ReadProblemKind.ColumnDuplicate, new SourceCell(sheetName, ordered[1].Cell.Column, row.Number), ordered[1].Text,
                    group.Key.Header, CellAddress.Of(ordered[0].Cell.Column, row.Number), CellAddress.Of(ordered[1].Cell.Column, row.Number),
                    ordered[0].Text.Trim(), ordered[1].Text.Trim()));
            }
            located.Add(new LocatedColumn(group.Key, ordered[0].Cell.Column, ordered[0].Text, MoneyUnit.OfHeader(ordered[0].Text)));
        }
        var matchedColumns = matches.Select(m => m.Cell.Column).ToHashSet();
        foreach (var cell in row.Cells.Where(c => c.Kind == CellKind.Text && !c.IsBlank && !matchedColumns.Contains(c.Column)))
            problems.Report(ReadProblem.At(ReadProblemKind.ColumnIgnored, new SourceCell(sheetName, cell.Column, row.Number), cell.Text!, cell.Text!.Trim()));
        return new SheetLayout(sheetName, spec, row.Number, located);
    }
}
