using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Reading.Problems;

namespace PovertyEtl.Reading.Sheets;

/// <summary>Reads <c>TongHop</c>: one <see cref="CommuneSummary"/> per commune row, and the totals row.</summary>
internal static class SummarySheetReader
{
    public static CommuneTable Read(SheetTable table, IReadProblemSink problems)
    {
        var values = new CellValues(problems);
        var layout = table.Layout;
        var communes = new List<CommuneSummary>();
        CommuneSummary? totals = null;
        foreach (var row in table.Rows)
        {
            // Cells of the totals row may be left blank: only what it states is checked.
            var isTotals = row.Kind == RowKind.Totals;
            long? Count(string key) => layout[key] is { } c ? values.Count(row[c], layout.Cell(c, row.Number), isTotals ? c.Spec with { Required = false } : c.Spec) : null;
            decimal? Percent(string key) => layout[key] is { } c ? values.Percent(row[c], layout.Cell(c, row.Number), c.Spec) : null;
            string? Text(string key) => layout[key] is { } c ? values.Text(row[c], layout.Cell(c, row.Number), c.Spec) : null;
            string? Code(string key) => layout[key] is { } c ? values.Code(row[c], layout.Cell(c, row.Number), c.Spec) : null;

            var summary = new CommuneSummary
            {
                Row = row.Number,
                CommuneCode = isTotals ? null : Code("commune_code"),
                CommuneName = isTotals ? null : Text("commune_name"),
                TotalHouseholds = Count("total_households"),
                PoorStart = Count("poor_start"),
                PoorEscaped = Count("poor_escaped"),
                PoorNew = Count("poor_new"),
                PoorReturned = Count("poor_returned"),
                PoorEnd = Count("poor_end"),
                PoorRatePct = Percent("poor_rate_pct"),
                NearPoorStart = Count("near_poor_start"),
                NearPoorEscaped = Count("near_poor_escaped"),
                NearPoorNew = Count("near_poor_new"),
                NearPoorEnd = Count("near_poor_end"),
                NearPoorRatePct = Percent("near_poor_rate_pct"),
                PoorEthnicMinorityEnd = Count("poor_ethnic_minority_end"),
                PoorNoLabourEnd = Count("poor_no_labour_end"),
                NearPoorNoLabourEnd = Count("near_poor_no_labour_end"),
            };
            if (isTotals) totals ??= summary;
            else communes.Add(summary);
        }
        if (communes.Count == 0) problems.Report(ReadProblem.InSheet(ReadProblemKind.NoDataRows, layout.SheetName, layout.SheetName));
        return new CommuneTable(layout, communes, totals);
    }
}
