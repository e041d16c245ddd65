using ClosedXML.Excel;
using Xunit;
using PovertyEtl.Feedback.Templates;
using PovertyEtl.Reading.Layout;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Feedback;

/// <summary>The template read back with ClosedXML: what it gives, the drop-downs, the input checks, the locks and the frozen heads.</summary>
public sealed class ReportTemplateWorkbookTests : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly XLWorkbook _book;

    public ReportTemplateWorkbookTests()
    {
        var (subject, _) = TemplateSubject.Find("849", 2024, ReferenceFixture.Load(), 2026);
        var path = _folder.File("mau.xlsx");
        ReportTemplate.Write(path, subject!, ReferenceFixture.Load());
        _book = new XLWorkbook(path);
    }

    public void Dispose()
    {
        _book.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void ThongTinGivesTheCodesOfficialNamesYearAndVersionAndLeavesTheDateAndPreparerOpen()
    {
        var info = _book.Worksheet(ReportFormat.InfoSheet);

        Assert.Equal("84", TemplateFiller.InfoValue(info, "Mã tỉnh"));
        Assert.Equal("Trà Vinh", TemplateFiller.InfoValue(info, "Tên tỉnh"));
        Assert.Equal("849", TemplateFiller.InfoValue(info, "Mã huyện"));
        Assert.Equal("Trà Cú", TemplateFiller.InfoValue(info, "Tên huyện"));
        Assert.Equal("2024", TemplateFiller.InfoValue(info, "Năm báo cáo"));
        Assert.Equal("1", TemplateFiller.InfoValue(info, "Phiên bản mẫu"));
        Assert.True(TemplateFiller.InfoCell(info, "Ngày lập").IsEmpty());
        Assert.True(TemplateFiller.InfoCell(info, "Người lập").IsEmpty());
        Assert.False(TemplateFiller.InfoCell(info, "Ngày lập").Style.Protection.Locked);
        Assert.True(TemplateFiller.InfoCell(info, "Mã huyện").Style.Protection.Locked);
        Assert.True(info.IsProtected);
    }

    [Fact]
    public void TongHopListsTheDistrictsCommunesWithOfficialCodesAndNamesLocked()
    {
        var summary = TemplateFiller.Table(_book, ReportFormat.SummarySheet, ReportFormat.Summary);
        var official = ReferenceFixture.Load().Units.CommunesOf("849").OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

        var rows = Enumerable.Range(TemplateFiller.FirstDataRow, official.Count).ToList();
        Assert.Equal(official.Select(c => c.Code), rows.Select(r => summary.Sheet.Cell(r, summary.Column("commune_code")).GetString()));
        Assert.Equal(official.Select(c => c.Name), rows.Select(r => summary.Sheet.Cell(r, summary.Column("commune_name")).GetString()));
        Assert.True(summary.Sheet.Cell(TemplateFiller.FirstDataRow + official.Count, 1).IsEmpty());
        Assert.True(summary.Sheet.Cell(TemplateFiller.FirstDataRow, summary.Column("commune_code")).Style.Protection.Locked);
        Assert.False(summary.Sheet.Cell(TemplateFiller.FirstDataRow, summary.Column("poor_end")).Style.Protection.Locked);
        Assert.False(summary.Sheet.Cell(TemplateFiller.FirstDataRow, summary.Column("near_poor_no_labour_end")).Style.Protection.Locked);
        Assert.Equal(summary.Column("poor_no_labour_end") + 1, summary.Column("near_poor_no_labour_end"));
        Assert.DoesNotContain(ReportFormat.Summary.Columns.Where(c => c.Kind == ValueKind.Percent), c => summary.Columns.ContainsKey(c.Key));
    }

    [Theory]
    [InlineData(ReportFormat.HouseholdSheet, "category", 2)]
    [InlineData(ReportFormat.HouseholdSheet, "ethnicity", 54)]
    [InlineData(ReportFormat.HouseholdSheet, "area", 2)]
    [InlineData(ReportFormat.HouseholdSheet, "change", 3)]
    [InlineData(ReportFormat.HouseholdSheet, "indicator:HEA2", 1)]
    [InlineData(ReportFormat.SupportSheet, "program", 7)]
    [InlineData(ReportFormat.SupportSheet, "commune_code", 17)] // Trà Cú's communes
    public void EnumeratedColumnsHaveADropDownOfTheOfficialNames(string sheetName, string key, int entries)
    {
        var cell = DataCell(sheetName, key, row: 1000);

        Assert.True(cell.HasDataValidation);
        var validation = cell.DataValidation;
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.True(validation.InCellDropdown);
        var list = _book.Range(validation.Value.TrimStart('='));
        Assert.Equal(ListsSheet.Name, list.Worksheet.Name);
        Assert.Equal(entries, list.CellsUsed().Count());
        if (key == "ethnicity") Assert.Contains(list.CellsUsed(), c => c.GetString() == "Khmer");
    }

    [Theory]
    [InlineData(ReportFormat.SummarySheet, "poor_escaped", "0")]
    [InlineData(ReportFormat.SummarySheet, "total_households", "0")]
    [InlineData(ReportFormat.SummarySheet, "near_poor_no_labour_end", "0")]
    [InlineData(ReportFormat.HouseholdSheet, "members", "1")]
    [InlineData(ReportFormat.SupportSheet, "beneficiaries", "0")]
    public void CountsTakeOnlyWholeNumbersFromTheirLeast(string sheetName, string key, string least)
    {
        var validation = DataCell(sheetName, key, row: 0).DataValidation;

        Assert.Equal(XLAllowedValues.WholeNumber, validation.AllowedValues);
        Assert.Equal(XLOperator.EqualOrGreaterThan, validation.Operator);
        Assert.Equal(least, validation.Value);
        Assert.True(validation.ShowErrorMessage);
    }

    [Fact]
    public void TableSheetsAreProtectedWithTheirHeadsLockedAndFrozenAndDataCellsOpen()
    {
        foreach (var name in new[] { ReportFormat.SummarySheet, ReportFormat.HouseholdSheet, ReportFormat.SupportSheet })
        {
            var sheet = _book.Worksheet(name);
            Assert.True(sheet.IsProtected, name);
            Assert.False(sheet.IsPasswordProtected, name);
            Assert.Equal(TemplateFiller.FirstDataRow - 1, sheet.SheetView.SplitRow);
            Assert.True(sheet.Cell(TemplateFiller.FirstDataRow - 1, 2).Style.Protection.Locked, name);
            Assert.False(sheet.Cell(TemplateFiller.FirstDataRow, 3).Style.Protection.Locked, name);
        }
        Assert.False(_book.Worksheet(ReportFormat.HouseholdSheet).Cell(40_000, 1).Style.Protection.Locked);
        Assert.Equal(XLWorksheetVisibility.Hidden, _book.Worksheet(ListsSheet.Name).Visibility);
        Assert.Equal(InstructionsSheet.Name, _book.Worksheets.First().Name);
    }

    [Fact]
    public void TheInstructionsSayNearPoorWithoutLabourMayNotExceedTheNearPoorAndThatMoreRejectsTheFile()
    {
        var lines = _book.Worksheet(InstructionsSheet.Name).Column(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Contains(lines, l => l.Contains("hộ cận nghèo không có khả năng lao động không được lớn hơn hộ cận nghèo cuối kỳ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("• Sai cân đối", StringComparison.Ordinal)
            && l.Contains("hộ cận nghèo không có khả năng lao động vượt hộ cận nghèo cuối kỳ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHouseholdSheetCarriesTheTwelveIndicatorColumnsEmpty()
    {
        var reference = ReferenceFixture.Load();
        var list = TemplateFiller.Table(_book, ReportFormat.HouseholdSheet, ReportFormat.Households(reference.StandardFor(2024)!.Indicators));

        Assert.Equal(12, list.Columns.Keys.Count(k => k.StartsWith("indicator:", StringComparison.Ordinal)));
        Assert.Equal(ReportFormat.Households(reference.StandardFor(2024)!.Indicators).Columns.Count, list.Columns.Count);
        Assert.Empty(list.Sheet.RowsUsed(r => r.RowNumber() >= TemplateFiller.FirstDataRow));
    }

    private IXLCell DataCell(string sheetName, string key, int row)
    {
        var reference = ReferenceFixture.Load();
        var spec = sheetName switch
        {
            ReportFormat.SummarySheet => ReportFormat.Summary,
            ReportFormat.HouseholdSheet => ReportFormat.Households(reference.StandardFor(2024)!.Indicators),
            _ => ReportFormat.Support,
        };
        var table = TemplateFiller.Table(_book, sheetName, spec);
        return table.Sheet.Cell(TemplateFiller.FirstDataRow + row, table.Column(key));
    }
}
