using ClosedXML.Excel;
using PovertyEtl.Reading.Layout;

namespace PovertyEtl.Feedback.Templates;

/// <summary>
/// <c>TongHop</c>: one row per commune of the report, its official code and name given and
/// locked, its counts typed by the officer. Check columns to the right show, as they type, the
/// flow balance (0 when it holds) and the rates; cells that break a rule turn red.
/// <para>
/// No formula sits in a column the reader reads. The reader takes a formula's cached value and
/// rejects a formula without one, and a workbook written here has none until a spreadsheet
/// program recalculates it: a template filled by a script, or opened where calculation is
/// manual, would be rejected for our formulas. So the format's optional rate columns are left
/// out (the warehouse computes every rate itself) and all formulas live in check columns,
/// whose headers match no column of the format: the reader ignores them (info COLUMN_IGNORED).
/// </para>
/// </summary>
internal static class SummarySheet
{
    private const string Poor = "HỘ NGHÈO";
    private const string NearPoor = "HỘ CẬN NGHÈO";
    private const string OfWhich = "TRONG ĐÓ (hộ nghèo cuối kỳ)";
    private const string OfWhichNearPoor = "TRONG ĐÓ (hộ cận nghèo cuối kỳ)";
    private const string Checks = "TỰ KIỂM TRA (tự tính, không nhập)";

    public const string PoorBalanceHeader = "Kiểm tra cân đối hộ nghèo (đúng khi bằng 0)";
    public const string NearPoorBalanceHeader = "Kiểm tra cân đối hộ cận nghèo (đúng khi bằng 0)";
    public const string PoorRateHeader = "Tỷ lệ nghèo tự tính (%)";
    public const string NearPoorRateHeader = "Tỷ lệ cận nghèo tự tính (%)";

    public static void Write(XLWorkbook book, TemplateSubject subject, ListsSheet lists)
    {
        var spec = ReportFormat.Summary;
        TemplateColumn Column(string key, double width, string? group = null) => TemplateColumn.Of(spec.Column(key), width, group);
        List<TemplateColumn> columns =
        [
            Column("commune_code", 9), Column("commune_name", 22), Column("total_households", 11),
            Column("poor_start", 11, Poor), Column("poor_escaped", 11, Poor), Column("poor_new", 11, Poor),
            Column("poor_returned", 11, Poor), Column("poor_end", 11, Poor),
            Column("near_poor_start", 11, NearPoor), Column("near_poor_escaped", 11, NearPoor),
            Column("near_poor_new", 11, NearPoor), Column("near_poor_end", 11, NearPoor),
            Column("poor_ethnic_minority_end", 12, OfWhich), Column("poor_no_labour_end", 14, OfWhich),
            Column("near_poor_no_labour_end", 14, OfWhichNearPoor),
            new(PoorBalanceHeader, 13, Group: Checks), new(NearPoorBalanceHeader, 13, Group: Checks),
            new(PoorRateHeader, 11, Group: Checks), new(NearPoorRateHeader, 11, Group: Checks),
        ];
        var table = TemplateTable.Fixed(book.AddWorksheet(ReportFormat.SummarySheet), $"TỔNG HỢP KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {subject.Year}",
            subject, columns, 75, frozenColumns: 2);
        var sheet = table.Sheet;
        var first = TemplateTable.FirstDataRow;
        var last = first + subject.Communes.Count - 1;
        for (var i = 0; i < subject.Communes.Count; i++)
        {
            sheet.Cell(first + i, table.Column("commune_code")).SetValue(subject.Communes[i].Code).SetDataType(XLDataType.Text);
            sheet.Cell(first + i, table.Column("commune_name")).Value = subject.Communes[i].Name;
        }
        table.CheckInputs(last, lists);
        TemplateStyles.Given(sheet.Range(first, 1, last, table.Column("commune_name")));
        TemplateStyles.Input(sheet.Range(first, table.Column("total_households"), last, table.Column("near_poor_no_labour_end")));
        CheckColumns(table, first, last);
        TemplateStyles.Protect(sheet, rowsMayBeAdded: false);
    }

    private static void CheckColumns(TemplateTable table, int first, int last)
    {
        var sheet = table.Sheet;
        string L(string key) => table.Letter(key);
        var checkColumn = table.Column("near_poor_no_labour_end") + 1;
        for (var row = first; row <= last; row++)
        {
            string At(string key) => L(key) + row;
            // Blank until every flow is typed, so a half-typed row does not turn red.
            sheet.Cell(row, checkColumn).FormulaA1 =
                $"IF(COUNT({At("poor_start")}:{At("poor_end")})<5,\"\",{At("poor_start")}-{At("poor_escaped")}+{At("poor_new")}+{At("poor_returned")}-{At("poor_end")})";
            sheet.Cell(row, checkColumn + 1).FormulaA1 =
                $"IF(COUNT({At("near_poor_start")}:{At("near_poor_end")})<4,\"\",{At("near_poor_start")}-{At("near_poor_escaped")}+{At("near_poor_new")}-{At("near_poor_end")})";
            sheet.Cell(row, checkColumn + 2).FormulaA1 = Rate(At("poor_end"), At("total_households"));
            sheet.Cell(row, checkColumn + 3).FormulaA1 = Rate(At("near_poor_end"), At("total_households"));
        }
        TemplateStyles.Check(sheet.Range(first, checkColumn, last, checkColumn + 3));
        sheet.Range(first, checkColumn + 2, last, checkColumn + 3).Style.NumberFormat.Format = "0.00%";

        var balances = sheet.Range(first, checkColumn, last, checkColumn + 1);
        var topLeft = XLHelper.GetColumnLetterFromNumber(checkColumn) + first;
        balances.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER({topLeft}),{topLeft}<>0)").Fill.SetBackgroundColor(TemplateStyles.Wrong);
        balances.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER({topLeft}),{topLeft}=0)").Fill.SetBackgroundColor(TemplateStyles.Right);

        // The stock rules, shown on the cells that break them.
        var total = $"${L("total_households")}{first}";
        foreach (var stock in new[] { "poor_end", "near_poor_end" })
            MarkWhen(sheet.Range(first, table.Column(stock), last, table.Column(stock)),
                $"AND(ISNUMBER({total}),N(${L("poor_end")}{first})+N(${L("near_poor_end")}{first})>{total})");
        MarkWhen(sheet.Range(first, table.Column("poor_ethnic_minority_end"), last, table.Column("poor_no_labour_end")),
            $"AND(ISNUMBER(${L("poor_end")}{first}),N({L("poor_ethnic_minority_end")}{first})>${L("poor_end")}{first})");
        MarkWhen(sheet.Range(first, table.Column("near_poor_no_labour_end"), last, table.Column("near_poor_no_labour_end")),
            $"AND(ISNUMBER(${L("near_poor_end")}{first}),N({L("near_poor_no_labour_end")}{first})>${L("near_poor_end")}{first})");
    }

    private static string Rate(string end, string total) => $"IF(AND(N({total})>0,ISNUMBER({end})),{end}/{total},\"\")";

    private static void MarkWhen(IXLRange range, string formula) =>
        range.AddConditionalFormat().WhenIsTrue(formula).Fill.SetBackgroundColor(TemplateStyles.Wrong);
}
