using PovertyEtl.Feedback.Xlsx;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reference;

namespace PovertyEtl.Feedback.Samples.Sheets;

/// <summary>
/// <c>HoTro</c>: one row per commune and program, the program by its name, another accepted
/// name or its code; the money in the unit the header states (millions, or đồng), or not at all.
/// </summary>
internal static class SupportSheet
{
    public static void Write(XlsxWorkbookWriter book, string name, SampleContext context)
    {
        var layout = context.Layout;
        var model = context.Model;
        var random = context.Random;
        var plan = Plan(context);
        using var sheet = book.AddSheet(name, columnWidths: plan.Widths);
        var row = new XlsxRow();
        var title = new TableTitle($"UBND {model.Unit.FullName.ToUpperInvariant()}", $"KẾT QUẢ THỰC HIỆN CÁC CHÍNH SÁCH HỖ TRỢ HỘ NGHÈO, HỘ CẬN NGHÈO NĂM {model.Year}", null, null);
        var next = TableHead.Write(sheet, row, plan, context, title, []);
        var number = 1;
        foreach (var commune in model.Communes)
        {
            if (layout.GroupRows)
            {
                row[plan["program"]] = XlsxCell.Of(commune.Commune.DisplayName, XlsxStyle.Bold);
                sheet.Write(next++, row);
            }
            foreach (var grant in commune.Support)
            {
                if (plan.Has(ExtraColumn.RowNumber)) row[plan[ExtraColumn.RowNumber]] = XlsxCell.Of(number++);
                row[plan["commune_code"]] = context.Values.Code(commune.Commune.Code);
                if (plan.Has(ExtraColumn.CommuneName)) row[plan[ExtraColumn.CommuneName]] = XlsxCell.Of(commune.Commune.Name);
                row[plan["program"]] = XlsxCell.Of(Program(grant.Program, random));
                row[plan["beneficiaries"]] = context.Values.Count(grant.Beneficiaries);
                if (plan.Has("amount_million_vnd")) row[plan["amount_million_vnd"]] = context.Values.Amount(grant.AmountMillionVnd);
                sheet.Write(next++, row);
            }
        }
        if (layout.Totals != TotalsRow.None)
        {
            var grants = model.Communes.SelectMany(c => c.Support).ToList();
            row[plan["program"]] = XlsxCell.Of("Tổng cộng", XlsxStyle.Bold);
            row[plan["beneficiaries"]] = context.Values.Count(grants.Sum(g => g.Beneficiaries));
            if (plan.Has("amount_million_vnd")) row[plan["amount_million_vnd"]] = context.Values.Amount(grants.Sum(g => g.AmountMillionVnd));
            sheet.Write(next++, row);
        }
        if (layout.SignatureBlock) SignatureBlock.Write(sheet, row, plan, "commune_code", next, context);
    }

    private static TablePlan Plan(SampleContext context)
    {
        const string results = "Kết quả hỗ trợ";
        var layout = context.Layout;
        var columns = new TableColumns(ReportFormat.Support, context).Add("commune_code", 10);
        if (layout.ExtraColumns) columns.AddWritten(ExtraColumn.CommuneName, "Tên xã", 18);
        columns.Add("program", 26).Add("beneficiaries", 12, group: results);
        switch (layout.SupportAmounts)
        {
            case SupportAmount.Millions: columns.AddWritten("amount_million_vnd", "Kinh phí (triệu đồng)", 14, results); break;
            case SupportAmount.MillionsAbbreviated: columns.AddWritten("amount_million_vnd", "Kinh phí (tr.đ)", 14, results); break;
            case SupportAmount.Dong: columns.AddWritten("amount_million_vnd", context.Random.Pick(["Kinh phí", "Kinh phí (đồng)"]), 16, results); break;
        }
        return columns.Arrange();
    }

    /// <summary>Mostly the program's name, sometimes another accepted name, rarely its code.</summary>
    private static string Program(Term program, Random random) =>
        random.Chance(5) ? program.Code
        : program.Aliases.Count > 0 && random.Chance(35) ? random.Pick(program.Aliases)
        : program.Name;
}
