using PovertyEtl.Reading.Layout;
using PovertyEtl.Reading.Workbook;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>A table sheet once its header is found: the layout, and its data and totals rows, streamed.</summary>
internal sealed record SheetTable(SheetLayout Layout, IEnumerable<TableRow> Rows)
{
    /// <summary>Buffers only the rows where the header may be, then streams the rest of the sheet.</summary>
    public static SheetTable? Open(IWorkbook workbook, WorkbookSheet sheet, TableSpec spec, IReadProblemSink problems)
    {
        var rows = workbook.ReadRows(sheet).GetEnumerator();
        var head = new List<SheetRow>();
        SheetRow? firstAfterHead = null;
        while (rows.MoveNext())
        {
            if (rows.Current.Number > HeaderLocator.SearchRows) { firstAfterHead = rows.Current; break; }
            head.Add(rows.Current);
        }
        var layout = HeaderLocator.Locate(head, spec, sheet.Name, problems);
        if (layout is null)
        {
            rows.Dispose();
            return null;
        }
        var afterHeader = Continue(head.Where(r => r.Number > layout.HeaderRow), firstAfterHead, rows);
        return new SheetTable(layout, TableRows.Read(layout, afterHeader, problems));
    }

    private static IEnumerable<SheetRow> Continue(IEnumerable<SheetRow> buffered, SheetRow? next, IEnumerator<SheetRow> rest)
    {
        using (rest)
        {
            foreach (var row in buffered) yield return row;
            if (next is null) yield break;
            yield return next;
            while (rest.MoveNext()) yield return rest.Current;
        }
    }
}
