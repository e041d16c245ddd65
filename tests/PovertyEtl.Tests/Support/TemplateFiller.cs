using ClosedXML.Excel;
using PovertyEtl.Feedback;
using PovertyEtl.Feedback.Samples.Model;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// Fills a template as an officer would, cell by cell in the sheets the template gave:
/// the date and preparer, each commune's counts (balanced), the households (agreeing with
/// the poverty standard and with the counts) and the support lines, all from the samples'
/// report model. Writes values only, no formulas, into the cells the template left open.
/// </summary>
internal static class TemplateFiller
{
    public static ReportModel Fill(string template, string filled, int households = 80, int seed = 1, Action<XLWorkbook>? edit = null)
    {
        var reference = ReferenceFixture.Load();
        using var book = new XLWorkbook(template);
        var info = book.Worksheet(ReportFormat.InfoSheet);
        var year = int.Parse(InfoValue(info, "Năm báo cáo"), System.Globalization.CultureInfo.InvariantCulture);
        var model = ReportModelBuilder.Build(UnitOf(info, year), year, households, reference, new Random(seed));
        InfoCell(info, "Ngày lập").Value = model.ReportDate.ToDateTime(TimeOnly.MinValue);
        InfoCell(info, "Người lập").Value = model.PreparedBy;

        var summary = Table(book, ReportFormat.SummarySheet, ReportFormat.Summary);
        var list = Table(book, ReportFormat.HouseholdSheet, ReportFormat.Households(model.Standard.Indicators));
        var support = Table(book, ReportFormat.SupportSheet, ReportFormat.Support);
        var householdRow = FirstDataRow;
        var supportRow = FirstDataRow;
        foreach (var commune in model.Communes)
        {
            var row = summary.Sheet.Column(summary.Column("commune_code")).CellsUsed().First(c => c.GetString() == commune.Commune.Code).Address.RowNumber;
            summary.Set(row, "total_households", commune.TotalHouseholds);
            foreach (var (prefix, flows) in new[] { ("poor", commune.Poor), ("near_poor", commune.NearPoor) })
            {
                summary.Set(row, prefix + "_start", flows.Start);
                summary.Set(row, prefix + "_escaped", flows.Escaped);
                summary.Set(row, prefix + "_new", flows.New);
                if (prefix == "poor") summary.Set(row, "poor_returned", flows.Returned);
                summary.Set(row, prefix + "_end", flows.End);
            }
            summary.Set(row, "poor_ethnic_minority_end", commune.PoorEthnicMinority);
            summary.Set(row, "poor_no_labour_end", commune.PoorNoLabour);
            summary.Set(row, "near_poor_no_labour_end", commune.NearPoorNoLabour);

            foreach (var h in HouseholdGenerator.For(commune, model, reference, new Random(seed + householdRow)))
            {
                list.Set(householdRow, "household_code", h.Code);
                list.Set(householdRow, "commune_code", h.CommuneCode);
                list.Set(householdRow, "head_name", h.HeadName);
                list.Set(householdRow, "head_id_number", h.IdNumber);
                list.Set(householdRow, "members", h.Members);
                list.Set(householdRow, "ethnicity", h.Ethnicity.Name);
                list.Set(householdRow, "area", reference.Areas.ByCode(h.Area.Code())!.Name);
                list.Set(householdRow, "income_per_capita", h.IncomeVnd);
                list.Set(householdRow, "category", reference.Categories.ByCode(h.Category.Code())!.Name);
                list.Set(householdRow, "change", h.Change.Name);
                foreach (var indicator in model.Standard.Indicators.Where(i => (h.Deprivations & (1 << i.Index)) != 0))
                    list.Set(householdRow, "indicator:" + indicator.Code, "x");
                householdRow++;
            }
            foreach (var grant in commune.Support)
            {
                support.Set(supportRow, "commune_code", commune.Commune.Code);
                support.Set(supportRow, "program", grant.Program.Name);
                support.Set(supportRow, "beneficiaries", grant.Beneficiaries);
                support.Set(supportRow, "amount_million_vnd", grant.AmountMillionVnd);
                supportRow++;
            }
        }
        edit?.Invoke(book);
        book.SaveAs(filled);
        return model;
    }

    public const int FirstDataRow = 5;
    private const int HeaderRow = FirstDataRow - 1;

    /// <summary>A template table: its sheet and where each format column's header is.</summary>
    public sealed record FilledTable(IXLWorksheet Sheet, IReadOnlyDictionary<string, int> Columns)
    {
        public int Column(string key) => Columns[key];

        public void Set(int row, string key, object value)
        {
            var cell = Sheet.Cell(row, Columns[key]);
            if (value is string text) cell.SetValue(text).SetDataType(XLDataType.Text);
            else cell.Value = value;
        }
    }

    public static FilledTable Table(XLWorkbook book, string sheetName, TableSpec spec)
    {
        var sheet = book.Worksheet(sheetName);
        var columns = sheet.Row(HeaderRow).CellsUsed()
            .Select(c => (Spec: spec.Columns.FirstOrDefault(s => s.Headers.Contains(c.GetString())), Column: c.Address.ColumnNumber))
            .Where(x => x.Spec is not null)
            .ToDictionary(x => x.Spec!.Key, x => x.Column);
        return new FilledTable(sheet, columns);
    }

    /// <summary>Whose report the template is, as its ThongTin says: a district up to 2024; a commune's own or a province's from 2025.</summary>
    private static ReportingUnit UnitOf(IXLWorksheet info, int year)
    {
        var units = ReferenceFixture.Load().UnitsFor(year);
        string? Value(string label) => info.Column(1).CellsUsed().Any(c => c.GetString() == label) ? InfoValue(info, label) : null;
        return Value("Mã huyện") is { } district ? ReportingUnit.OfDistrict(units.District(district)!, units)
            : Value("Mã xã") is { } commune ? ReportingUnit.OfCommune(units.Commune(commune)!, units)
            : ReportingUnit.OfProvince(units.Province(InfoValue(info, "Mã tỉnh"))!, units);
    }

    public static IXLCell InfoCell(IXLWorksheet info, string label) =>
        info.Column(1).CellsUsed().First(c => c.GetString() == label).CellRight();

    public static string InfoValue(IXLWorksheet info, string label) => InfoCell(info, label).GetString();
}
