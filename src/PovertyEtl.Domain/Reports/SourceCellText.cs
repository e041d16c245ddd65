
namespace PovertyEtl.Domain.Reports;

/// <summary>Reads back the parts of a cell reference written by <see cref="SourceCell.ToString"/>.</summary>
public static class SourceCellText
{
    public static int? RowOf(string cell) =>
        cell.LastIndexOf('!') is var bang and >= 0 && CellAddress.TryParse(cell.AsSpan(bang + 1), out _, out var row) && row > 0 ? row : null;

    public static int? ColumnOf(string cell) =>
        cell.LastIndexOf('!') is var bang and >= 0 && CellAddress.TryParse(cell.AsSpan(bang + 1), out var column, out _) ? column : null;
}
