using System.Text.RegularExpressions;
using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// <c>DanhSachHo</c>: the poor and near-poor households of each commune, generated as they are
/// written (a list of 300,000 is never held), perhaps under a title row per commune. The
/// indicator columns of the year's standard may sit under their dimensions, or under one title,
/// in a two-row header.
/// </summary>
internal static partial class HouseholdSheet
{
    private static readonly string[] Notes = ["Hộ có người khuyết tật", "Hộ neo đơn", "Chủ hộ là người cao tuổi", "Hộ có người mắc bệnh hiểm nghèo"];

    public static void Write(XlsxWorkbookWriter book, string name, SampleContext context)
    {
        var layout = context.Layout;
        var model = context.Model;
        var random = context.Random;
        var plan = Plan(context);
        using var sheet = book.AddSheet(name, columnWidths: plan.Widths);
        var row = new XlsxRow();
        var title = new TableTitle($"UBND {model.Unit.FullName.ToUpperInvariant()}", $"DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {model.Year}",
            random.Chance(50) ? $"(Theo kết quả rà soát cuối năm, chuẩn nghèo theo {model.Standard.Name})" : null, null);
        var next = TableHead.Write(sheet, row, plan, context, title, []);
        var number = 1;
        foreach (var commune in model.Communes)
        {
            if (layout.GroupRows)
            {
                if (random.Chance(50)) next++;
                row[plan["head_name"]] = XlsxCell.Of(commune.Commune.DisplayName, XlsxStyle.Bold);
                sheet.Write(next++, row);
            }
            foreach (var household in HouseholdGenerator.For(commune, model, context.Reference, context.HouseholdRandom(commune)))
            {
                Fill(row, plan, context, commune, household, number++);
                sheet.Write(next++, row);
            }
        }
        if (layout.SignatureBlock) SignatureBlock.Write(sheet, row, plan, "household_code", next, context);
    }

    private static TablePlan Plan(SampleContext context)
    {
        var layout = context.Layout;
        var random = context.Random;
        var spec = ReportFormat.Households(context.Model.Standard.Indicators);
        var columns = new TableColumns(spec, context)
            .Add("household_code", 13)
            .Add("commune_code", 9);
        if (layout.ExtraColumns) columns.AddWritten(ExtraColumn.CommuneName, "Tên xã", 18);
        columns.Add("head_name", 24);
        if (layout.IdNumberColumn) columns.Add("head_id_number", 15);
        columns.Add("members", 9, "người").Add("ethnicity", 10);
        if (layout.AreaColumn) columns.Add("area", 11);
        if (context.Values.IncomeInMillions)
        {
            // The header must say the unit: strip what an alias states and say millions.
            var alias = UnitPattern().Replace(random.Pick(spec.Column("income_per_capita").Headers.ToList()), string.Empty).Trim();
            columns.AddWritten("income_per_capita", $"{alias} (triệu đồng/người/tháng)", 14);
        }
        else columns.Add("income_per_capita", 14, "đồng/người/tháng");
        columns.Add("category", 13);
        if (layout.ChangeColumn) columns.Add("change", 11);
        var byDimension = random.Chance(50);
        foreach (var indicator in context.Model.Standard.Indicators)
            columns.Add("indicator:" + indicator.Code, 10, group: byDimension ? indicator.DimensionName : "Các chỉ số thiếu hụt dịch vụ xã hội cơ bản");
        return columns.Arrange();
    }

    private static void Fill(XlsxRow row, TablePlan plan, SampleContext context, CommuneModel commune, SampleHousehold household, int number)
    {
        var layout = context.Layout;
        var values = context.Values;
        var random = context.Random;
        if (plan.Has(ExtraColumn.RowNumber)) row[plan[ExtraColumn.RowNumber]] = XlsxCell.Of(number);
        row[plan["household_code"]] = XlsxCell.Of(household.Code);
        row[plan["commune_code"]] = values.Code(household.CommuneCode);
        if (plan.Has(ExtraColumn.CommuneName)) row[plan[ExtraColumn.CommuneName]] = XlsxCell.Of(commune.Commune.Name);
        row[plan["head_name"]] = XlsxCell.Of(household.HeadName);
        // An optional column: some heads' numbers are not at hand, and an empty cell means unknown.
        if (layout.IdNumberColumn && random.Chance(90)) row[plan["head_id_number"]] = XlsxCell.Of(household.IdNumber);
        row[plan["members"]] = ValueCells.Number(household.Members);
        row[plan["ethnicity"]] = XlsxCell.Of(values.Ethnicity(household.Ethnicity));
        if (layout.AreaColumn) row[plan["area"]] = XlsxCell.Of(values.Term(context.Reference.Areas.ByCode(household.Area.Code())!));
        row[plan["income_per_capita"]] = values.Income(household.IncomeVnd);
        row[plan["category"]] = XlsxCell.Of(values.Category(household.Category));
        if (layout.ChangeColumn)
            row[plan["change"]] = XlsxCell.Of(household.Category == HouseholdCategory.Poor ? values.Term(household.Change) : household.Change.Name);
        var indicators = context.Model.Standard.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            var cell = values.Indicator((household.Deprivations & (1 << i)) != 0);
            if (!cell.IsEmpty) row[plan["indicator:" + indicators[i].Code]] = cell;
        }
        if (plan.Has(ExtraColumn.Note) && random.Chance(3)) row[plan[ExtraColumn.Note]] = XlsxCell.Of(random.Pick(Notes));
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex UnitPattern();
}
