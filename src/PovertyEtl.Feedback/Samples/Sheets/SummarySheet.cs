using System.Globalization;
using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// <c>TongHop</c>: one row per commune of the report, perhaps grouped by area under group
/// titles, with a totals row above or below and a signature block under the table. Derived
/// cells may be formulas carrying their cached values: <c>poor_end</c> as start − escaped +
/// new + returned, the rates as end / total, the totals as <c>SUM</c>s.
/// </summary>
internal static class SummarySheet
{
    private static readonly string[] Notes = ["Xã đặc biệt khó khăn", "Xã bãi ngang ven biển", "Đạt chuẩn nông thôn mới", "Có đông đồng bào dân tộc thiểu số"];

    private static readonly (string Key, Func<CommuneModel, long> Value)[] Counts =
    [
        ("total_households", c => c.TotalHouseholds),
        ("poor_start", c => c.Poor.Start), ("poor_escaped", c => c.Poor.Escaped), ("poor_new", c => c.Poor.New),
        ("poor_returned", c => c.Poor.Returned), ("poor_end", c => c.Poor.End),
        ("poor_ethnic_minority_end", c => c.PoorEthnicMinority), ("poor_no_labour_end", c => c.PoorNoLabour),
        ("near_poor_start", c => c.NearPoor.Start), ("near_poor_escaped", c => c.NearPoor.Escaped),
        ("near_poor_new", c => c.NearPoor.New), ("near_poor_end", c => c.NearPoor.End),
        ("near_poor_no_labour_end", c => c.NearPoorNoLabour),
    ];

    private static readonly TableHead.Derivation[] Derivations =
    [
        new("poor_end", [('+', "poor_start"), ('-', "poor_escaped"), ('+', "poor_new"), ('+', "poor_returned")]),
        new("near_poor_end", [('+', "near_poor_start"), ('-', "near_poor_escaped"), ('+', "near_poor_new")]),
    ];

    public static void Write(XlsxWorkbookWriter book, string name, SampleContext context)
    {
        var layout = context.Layout;
        var model = context.Model;
        var random = context.Random;
        var plan = Plan(context);
        using var sheet = book.AddSheet(name, columnWidths: plan.Widths);
        var row = new XlsxRow();
        var unit = model.Unit.FullName;
        var title = new TableTitle($"UBND {unit.ToUpperInvariant()}",
            $"BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {model.Year}",
            random.Chance(50) ? string.Create(CultureInfo.InvariantCulture,
                $"(Kèm theo Báo cáo số {random.Next(50, 400)}/BC-UBND ngày {model.ReportDate:dd/MM/yyyy} của Ủy ban nhân dân {char.ToLowerInvariant(unit[0])}{unit[1..]})") : null,
            "Đơn vị tính: hộ");
        var next = TableHead.Write(sheet, row, plan, context, title, Derivations);

        var hasTotals = layout.Totals != TotalsRow.None;
        var totalsRow = hasTotals && layout.TotalsOnTop ? next++ : 0;
        var lines = Lines(model.Communes, layout, random, ref next);
        if (hasTotals && !layout.TotalsOnTop) totalsRow = next++;
        var communeRows = lines.Where(l => l.Commune is not null).Select(l => l.Row).ToList();

        foreach (var line in lines.Where(l => l.Row < totalsRow || totalsRow == 0)) WriteLine(sheet, row, plan, context, line);
        if (hasTotals) WriteTotals(sheet, row, plan, context, totalsRow, communeRows[0], communeRows[^1]);
        foreach (var line in lines.Where(l => totalsRow != 0 && l.Row > totalsRow)) WriteLine(sheet, row, plan, context, line);
        if (layout.SignatureBlock) SignatureBlock.Write(sheet, row, plan, "commune_code", next, context);
    }

    private static TablePlan Plan(SampleContext context)
    {
        var layout = context.Layout;
        const string poor = "Hộ nghèo", nearPoor = "Hộ cận nghèo", ofWhich = "Trong đó";
        var columns = new TableColumns(ReportFormat.Summary, context)
            .Add("commune_code", 10)
            .Add("commune_name", 22)
            .Add("total_households", 12, "hộ")
            .Add("poor_start", 11, "hộ", poor)
            .Add("poor_escaped", 11, "hộ", poor)
            .Add("poor_new", 11, "hộ", poor)
            .Add("poor_returned", 11, "hộ", poor)
            .Add("poor_end", 11, "hộ", poor);
        if (layout.RateColumns) columns.Add("poor_rate_pct", 10, "%", poor);
        if (layout.EthnicMinorityColumn) columns.Add("poor_ethnic_minority_end", 12, "hộ", ofWhich);
        if (layout.NoLabourColumn) columns.Add("poor_no_labour_end", 14, "hộ", ofWhich);
        columns.Add("near_poor_start", 11, "hộ", nearPoor)
            .Add("near_poor_escaped", 11, "hộ", nearPoor)
            .Add("near_poor_new", 11, "hộ", nearPoor)
            .Add("near_poor_end", 11, "hộ", nearPoor);
        if (layout.RateColumns) columns.Add("near_poor_rate_pct", 10, "%", nearPoor);
        if (layout.NoLabourColumn) columns.Add("near_poor_no_labour_end", 14, "hộ", ofWhich);
        return columns.Arrange();
    }

    /// <summary>A row of the table: a commune, or a group title (with its roman numeral).</summary>
    private sealed record Line(int Row, CommuneModel? Commune, int Number, string? Title, string? Roman);

    /// <summary>Numbers the rows: communes in code order, or urban then rural under group titles with blank rows between.</summary>
    private static List<Line> Lines(IReadOnlyList<CommuneModel> communes, SampleLayout layout, Random random, ref int next)
    {
        var lines = new List<Line>();
        var number = 1;
        if (!layout.GroupRows)
        {
            foreach (var commune in communes) lines.Add(new Line(next++, commune, number++, null, null));
            return lines;
        }
        var groups = new[] { (Area.Urban, "Khu vực thành thị", "I"), (Area.Rural, "Khu vực nông thôn", "II") }
            .Select(g => (Communes: communes.Where(c => c.Area == g.Item1).ToList(), Title: g.Item2, Roman: g.Item3))
            .Where(g => g.Communes.Count > 0)
            .ToList();
        foreach (var (members, title, roman) in groups)
        {
            if (lines.Count > 0 && random.Chance(50)) next++;
            lines.Add(new Line(next++, null, 0, random.Chance(70) ? title : title.ToUpperInvariant(), roman));
            foreach (var commune in members) lines.Add(new Line(next++, commune, number++, null, null));
        }
        return lines;
    }

    private static void WriteLine(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, SampleContext context, Line line)
    {
        var r = line.Row;
        if (line.Commune is not { } c)
        {
            if (plan.Has(ExtraColumn.RowNumber)) row[plan[ExtraColumn.RowNumber]] = XlsxCell.Of(line.Roman!, XlsxStyle.Bold);
            row[plan["commune_name"]] = XlsxCell.Of(line.Title!, XlsxStyle.Bold);
            sheet.Write(r, row);
            return;
        }
        var layout = context.Layout;
        var values = context.Values;
        if (plan.Has(ExtraColumn.RowNumber)) row[plan[ExtraColumn.RowNumber]] = XlsxCell.Of(line.Number);
        row[plan["commune_code"]] = values.Code(c.Commune.Code);
        var withType = layout.CommuneNames == CommuneNaming.WithUnitType || (layout.CommuneNames == CommuneNaming.Mixed && context.Random.Chance(50));
        row[plan["commune_name"]] = XlsxCell.Of(withType ? c.Commune.DisplayName : c.Commune.Name);
        foreach (var (key, value) in Counts)
            if (plan.Has(key)) row[plan[key]] = values.Count(value(c));
        if (layout.PoorEndFormula)
        {
            string At(string key) => plan.Letters(key) + r;
            row[plan["poor_end"]] = XlsxCell.Formula($"{At("poor_start")}-{At("poor_escaped")}+{At("poor_new")}+{At("poor_returned")}",
                c.Poor.End, CountStyle(layout));
        }
        WriteRates(row, plan, context, r, c.Poor.End, c.NearPoor.End, c.TotalHouseholds);
        if (plan.Has(ExtraColumn.Note) && context.Random.Chance(15)) row[plan[ExtraColumn.Note]] = XlsxCell.Of(context.Random.Pick(Notes));
        sheet.Write(r, row);
    }

    private static void WriteTotals(XlsxSheetWriter sheet, XlsxRow row, TablePlan plan, SampleContext context, int r, int firstRow, int lastRow)
    {
        var layout = context.Layout;
        var communes = context.Model.Communes;
        // Printed forms may name the totals row after the whole unit; a commune's own report has no unit under it to sum.
        var whole = context.Model.Unit switch { { District: not null } => "Toàn huyện", { Commune: not null } => "Tổng cộng", _ => "Toàn tỉnh" };
        var label = XlsxCell.Of(context.Random.Pick(["Tổng cộng", "TỔNG CỘNG", whole, "Cộng", "Tổng"]), XlsxStyle.Bold);
        if (plan.Has(ExtraColumn.RowNumber) && plan["commune_code"] == plan[ExtraColumn.RowNumber] + 1 && context.Random.Chance(50))
        {
            // Printed forms merge the label over the row number and code cells; the code cell, not the top-left, stays empty.
            row[plan[ExtraColumn.RowNumber]] = label;
            sheet.Merge(plan[ExtraColumn.RowNumber], r, plan["commune_code"], r);
        }
        else row[plan["commune_name"]] = label;
        foreach (var (key, value) in Counts)
        {
            if (!plan.Has(key)) continue;
            var sum = communes.Sum(value);
            var letters = plan.Letters(key);
            row[plan[key]] = layout.Totals == TotalsRow.SumFormulas
                ? XlsxCell.Formula($"SUM({letters}{firstRow}:{letters}{lastRow})", sum, CountStyle(layout))
                : context.Values.Count(sum);
        }
        WriteRates(row, plan, context, r, communes.Sum(c => c.Poor.End), communes.Sum(c => c.NearPoor.End), communes.Sum(c => c.TotalHouseholds));
        sheet.Write(r, row);
    }

    private static void WriteRates(XlsxRow row, TablePlan plan, SampleContext context, int r, long poorEnd, long nearPoorEnd, long total)
    {
        if (!context.Layout.RateColumns) return;
        XlsxCell Rate(string endKey, long end) => context.Layout.Rates == RateWriting.Formula
            ? XlsxCell.Formula($"{plan.Letters(endKey)}{r}/{plan.Letters("total_households")}{r}", (double)end / total, XlsxStyle.Percent)
            : context.Values.Rate(end, total);
        row[plan["poor_rate_pct"]] = Rate("poor_end", poorEnd);
        row[plan["near_poor_rate_pct"]] = Rate("near_poor_end", nearPoorEnd);
    }

    private static XlsxStyle CountStyle(SampleLayout layout) => layout.Counts == CountWriting.GroupedNumbers ? XlsxStyle.Integer : XlsxStyle.Default;
}
