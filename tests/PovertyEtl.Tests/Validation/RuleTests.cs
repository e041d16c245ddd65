using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Domain.Findings.Severity;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// Every rule a workbook can trigger, one row each (or more where a rule has distinct causes):
/// spoil the tidy report in one way, and exactly that finding must come out, at that cell, with
/// that severity, quoting the value, in Vietnamese, and nothing else that is an error or warning.
/// </summary>
public sealed class RuleTests
{
    public static RuleCaseTable Cases => new()
    {
        // The file.
        { "an empty file", r => r.ReplaceFileWith([]), "FILE_EMPTY", Error, "", "", "Tệp rỗng" },
        { "a zip with no entry at all", r => r.ReplaceFileWith(RawFiles.EmptyZip()), "FILE_EMPTY", Error, "", "", "Tệp rỗng" },
        { "random bytes", r => r.ReplaceFileWith(RawFiles.RandomBytes()), "FILE_NOT_WORKBOOK", Error, "", "", "không phải sổ Excel" },
        { "a zip without a workbook part", r => r.ReplaceFileWith(RawFiles.ZipWithoutWorkbook()), "FILE_NOT_WORKBOOK", Error, "", "", "không phải sổ Excel" },
        { "an HTML table named .xlsx", r => r.ReplaceFileWith(RawFiles.HtmlTable()), "FILE_NOT_WORKBOOK", Error, "", "", "HTML" },
        { "an Excel 97-2003 file", r => r.ReplaceFileWith(RawFiles.LegacyXls(), ".xls"), "FILE_LEGACY_XLS", Error, "", "", "bao-cao-849-2024.xls" },
        { "an Excel 97-2003 file, and how to convert it", r => r.ReplaceFileWith(RawFiles.LegacyXls(), ".xls"), "FILE_LEGACY_XLS", Error, "", "", "--convert-to xlsx" },
        { "a password-protected file", r => r.ReplaceFileWith(RawFiles.Encrypted()), "FILE_ENCRYPTED", Error, "", "", "mật khẩu" },
        { "half of a workbook", r => r.ReplaceFileWith(RawFiles.Truncated(r.ToBytes())), "FILE_CORRUPT", Error, "", "", "Tệp bị hỏng" },

        // Sheets, headers, rows.
        { "no TongHop sheet", r => r.RemoveSheet(TongHop), "SHEET_MISSING", Error, "", "", "\"TongHop\"" },
        { "no ThongTin sheet", r => r.RemoveSheet(ThongTin), "SHEET_MISSING", Error, "", "", "\"ThongTin\"" },
        { "a second sheet that also reads as TongHop", r => r.Sheet(TongHop).CopyTo("Tổng hợp"), "SHEET_DUPLICATE", Error, "", "", "\"Tổng hợp\"" },
        { "a sheet of notes", r => r.Workbook.AddWorksheet("Ghi chú"), "SHEET_IGNORED", Info, "", "", "\"Ghi chú\"" },
        { "HoTro's header row emptied", r => r.Sheet(HoTro).Row(1).Clear(), "HEADER_NOT_FOUND", Error, "", "", "\"HoTro\"" },
        { "the poor_escaped column deleted", r => r.DeleteColumn(TongHop, "E"), "COLUMN_MISSING", Error, "TongHop!A1", "", "Số hộ thoát nghèo" },
        { "poor_end a second time, under an alias", r => r.Set(TongHop, "Q1", "Số hộ nghèo cuối năm"), "COLUMN_DUPLICATE", Error, "TongHop!Q1", "Số hộ nghèo cuối năm", "Q1" },
        { "a column of notes", r => r.Set(TongHop, "Q1", "Ghi chú"), "COLUMN_IGNORED", Info, "TongHop!Q1", "Ghi chú", "Ghi chú" },
        { "the Mã huyện entry removed", r => r.Clear(ThongTin, "A3").Clear(ThongTin, "B3"), "INFO_KEY_MISSING", Error, "", "", "Mã huyện" },
        {
            "TongHop with a header and no commune", r => { r.Sheet(TongHop).Rows(2, 5).Delete(); r.RemoveSheet(DanhSachHo).RemoveSheet(HoTro); },
            "NO_DATA_ROWS", Error, "", "", "\"TongHop\""
        },
        { "a number under the table with no commune code", r => r.Set(TongHop, "C6", 5), "ROW_WITHOUT_KEY", Error, "TongHop!A6", "", "Dòng 6" },

        // Values.
        { "an empty total_households", r => r.Clear(TongHop, "C3"), "VALUE_REQUIRED", Error, "TongHop!C3", "", "Tổng số hộ" },
        { "an empty head of household's name", r => r.Clear(DanhSachHo, "C2"), "VALUE_REQUIRED", Error, "DanhSachHo!C2", "", "Họ tên chủ hộ" },
        { "Mã tỉnh with no value", r => r.Clear(ThongTin, "B1"), "VALUE_REQUIRED", Error, "ThongTin!B1", "", "Mã tỉnh" },
        { "a count written in words", r => r.Set(TongHop, "D3", "ba"), "VALUE_NOT_NUMBER", Error, "TongHop!D3", "ba", "Hộ nghèo đầu kỳ" },
        { "a money amount that is not a number", r => r.Set(DanhSachHo, "H2", "khoảng 1 triệu"), "VALUE_NOT_NUMBER", Error, "DanhSachHo!H2", "khoảng 1 triệu", "Thu nhập" },
        { "12,5 households", r => r.Set(TongHop, "E3", "12,5"), "VALUE_NOT_WHOLE", Error, "TongHop!E3", "12,5", "số nguyên" },
        { "1,234 households", r => r.Set(TongHop, "C3", "1,234"), "VALUE_AMBIGUOUS", Error, "TongHop!C3", "1,234", "1.234" },
        { "a negative count", r => r.Set(TongHop, "G3", -1), "VALUE_NEGATIVE", Error, "TongHop!G3", "-1", "Số hộ tái nghèo" },
        { "eleven million households in a commune", r => r.Set(TongHop, "C3", 11_000_000), "VALUE_OVER_BOUND", Error, "TongHop!C3", "11000000", "10.000.000" },
        { "a month-first date", r => r.Set(ThongTin, "B6", "12/31/2024"), "VALUE_NOT_DATE", Error, "ThongTin!B6", "12/31/2024", "15/12/2024" },
        { "a formula saved without its result", r => r.SetFormula(TongHop, "H3", "D3-E3+F3+G3"), "VALUE_FORMULA_NO_RESULT", Error, "TongHop!H3", "=D3-E3+F3+G3", "công thức" },
        { "an error value", r => r.SetRawCell(TongHop, "C3", "e", null, "#DIV/0!"), "VALUE_CELL_ERROR", Error, "TongHop!C3", "#DIV/0!", "Tổng số hộ" },
        { "a 4-digit district code", r => r.Set(ThongTin, "B3", "8490"), "VALUE_CODE_FORMAT", Error, "ThongTin!B3", "8490", "3 chữ số" },
        { "a 6-digit household commune code", r => r.Set(DanhSachHo, "B2", "294610"), "VALUE_CODE_FORMAT", Error, "DanhSachHo!B2", "294610", "5 chữ số" },
        { "a 2-digit year", r => r.Set(ThongTin, "B5", "24"), "VALUE_YEAR_FORMAT", Error, "ThongTin!B5", "24", "4 chữ số" },
        { "an unknown ethnicity", r => r.Set(DanhSachHo, "F3", "Người sao Hỏa"), "VALUE_NOT_IN_LIST", Error, "DanhSachHo!F3", "Người sao Hỏa", "Dân tộc" },
        { "an unknown household category", r => r.Set(DanhSachHo, "I3", "Hộ khá"), "VALUE_NOT_IN_LIST", Error, "DanhSachHo!I3", "Hộ khá", "Hộ cận nghèo" },
        { "an indicator marked 2", r => r.Set(DanhSachHo, "K2", "2"), "VALUE_INDICATOR", Error, "DanhSachHo!K2", "2", "Việc làm" },
        { "an 11-digit ID number", r => r.Set(DanhSachHo, "D2", "08419000001"), "VALUE_ID_NUMBER", Error, "DanhSachHo!D2", "", "12 chữ số" },

        // ThongTin against the catalogue.
        { "province 99", r => r.Set(ThongTin, "B1", "99"), "PROVINCE_UNKNOWN", Error, "ThongTin!B1", "99", "99" },
        { "district 999", r => r.Set(ThongTin, "B3", "999"), "DISTRICT_UNKNOWN", Error, "ThongTin!B3", "999", "999" },
        { "Trà Cú under Hà Nội", r => r.Set(ThongTin, "B1", "01").Set(ThongTin, "B2", "Hà Nội"), "DISTRICT_NOT_IN_PROVINCE", Error, "ThongTin!B3", "849", "Trà Vinh" },
        { "another province's name", r => r.Set(ThongTin, "B2", "Vĩnh Long"), "PROVINCE_NAME_MISMATCH", Warning, "ThongTin!B2", "Vĩnh Long", "Trà Vinh" },
        { "another district's name", r => r.Set(ThongTin, "B4", "Tiểu Cần"), "DISTRICT_NAME_MISMATCH", Warning, "ThongTin!B4", "Tiểu Cần", "Trà Cú" },
        { "the year 2015", r => r.Set(ThongTin, "B5", 2015), "YEAR_TOO_EARLY", Warning, "ThongTin!B5", "2015", "2016" },
        { "the year 2024 seen from 2022", r => r.Clock = FakeClock.On(2022, 6, 1), "YEAR_IN_FUTURE", Warning, "ThongTin!B5", "2024", "2022" },
        { "template version 3", r => r.Set(ThongTin, "B8", "3"), "TEMPLATE_VERSION_UNKNOWN", Warning, "ThongTin!B8", "3", "phiên bản" },

        // TongHop.
        { "a commune code not in the catalogue", r => r.AddCommune("29999", "Xã Mới", 50), "COMMUNE_UNKNOWN", Error, "TongHop!A6", "29999", "29999" },
        { "a commune of Tiểu Cần", r => r.AddCommune("29341", "Tiểu Cần", 50), "COMMUNE_NOT_IN_DISTRICT", Error, "TongHop!A6", "29341", "Tiểu Cần" },
        { "Tân Sơn twice", r => r.AddCommune("29470", "Tân Sơn", 180), "COMMUNE_DUPLICATE", Error, "TongHop!A6", "29470", "dòng 5 và dòng 6" },
        { "a commune name misspelt", r => r.Set(TongHop, "B3", "Phước Hòa"), "COMMUNE_NAME_MISMATCH", Warning, "TongHop!B3", "Phước Hòa", "Phước Hưng" },
        {
            "4 poor households out of 3", r => r.Set(TongHop, "C4", 3).Clear(TongHop, "I4").Clear(TongHop, "N4"),
            "POOR_EXCEEDS_TOTAL", Error, "TongHop!H4", "4", "tổng số hộ 3"
        },
        {
            "3 near-poor households out of 2", r => r.Set(TongHop, "C3", 2).Clear(TongHop, "I3").Clear(TongHop, "N3"),
            "NEAR_POOR_EXCEEDS_TOTAL", Error, "TongHop!M3", "3", "tổng số hộ 2"
        },
        {
            "3 poor and 2 near-poor out of 4", r => r.Set(TongHop, "C2", 4).Clear(TongHop, "I2").Clear(TongHop, "N2"),
            "POOR_AND_NEAR_POOR_EXCEED_TOTAL", Error, "TongHop!C2", "4", "3 + hộ cận nghèo 2 = 5"
        },
        { "one poor household too many at the start", r => r.Set(TongHop, "D3", 4), "FLOW_BALANCE_POOR", Error, "TongHop!H3", "2", "= 3" },
        { "three near-poor households too many at the start", r => r.Set(TongHop, "J3", 5), "FLOW_BALANCE_NEAR_POOR", Error, "TongHop!M3", "3", "= 6" },
        { "5 ethnic-minority poor out of 2 poor", r => r.Set(TongHop, "O3", 5), "ETHNIC_MINORITY_EXCEEDS_POOR", Error, "TongHop!O3", "5", "cuối kỳ 2" },
        { "3 poor without labour out of 2 poor", r => r.Set(TongHop, "P3", 3), "NO_LABOUR_EXCEEDS_POOR", Error, "TongHop!P3", "3", "cuối kỳ 2" },
        {
            "4 near-poor without labour out of 3 near-poor", r => r.Set(TongHop, "Q1", "Hộ cận nghèo không có khả năng lao động").Set(TongHop, "Q3", 4),
            "NEAR_POOR_NO_LABOUR_EXCEEDS_NEAR_POOR", Error, "TongHop!Q3", "4", "cận nghèo cuối kỳ 3"
        },
        { "a commune's poor rate of 8.5 %", r => r.Set(TongHop, "I3", 8.5), "RATE_MISMATCH", Warning, "TongHop!I3", "8,5", "0,8%" },
        { "a district rate of 2 % in the totals row", r => r.AddTotalsRow().Set(TongHop, "I6", 2), "RATE_MISMATCH", Warning, "TongHop!I6", "2", "1,16%" },
        { "a totals row one poor household over", r => r.AddTotalsRow().Set(TongHop, "H6", 11), "TOTALS_MISMATCH", Error, "TongHop!H6", "11", "được 10" },

        // DanhSachHo.
        { "a household code twice", r => r.Set(DanhSachHo, "A3", "29461-001"), "HOUSEHOLD_DUPLICATE", Error, "DanhSachHo!A3", "29461-001", "dòng 2 và dòng 3" },
        { "a household of 0 members", r => r.Set(DanhSachHo, "E2", 0), "HOUSEHOLD_MEMBERS", Error, "DanhSachHo!E2", "0", "29461-001" },
        { "a household of a commune TongHop lacks", r => r.AddHousehold("29473-001", "29473"), "HOUSEHOLD_COMMUNE_NOT_IN_SUMMARY", Error, "DanhSachHo!B20", "29473", "29473-001" },
        { "a poor household of Trà Cú left out", r => r.DeleteRow(DanhSachHo, 2), "HOUSEHOLD_COUNT_MISMATCH", Error, "TongHop!H2", "3", "DanhSachHo có 2 hộ" },
        { "a near-poor household of Trà Cú left out", r => r.DeleteRow(DanhSachHo, 5), "HOUSEHOLD_COUNT_MISMATCH", Error, "TongHop!M2", "2", "DanhSachHo có 1 hộ" },
        {
            "an urban poor household earning 2,500,000", r => r.Set(DanhSachHo, "H2", 2_500_000),
            "HOUSEHOLD_CATEGORY_STANDARD", Warning, "DanhSachHo!I2", "hộ nghèo", "2.000.000"
        },
        {
            "a rural near-poor household with 3 deprivations", r => r.Set(DanhSachHo, "M9", "x"),
            "HOUSEHOLD_CATEGORY_STANDARD", Warning, "DanhSachHo!I9", "hộ cận nghèo", "thiếu hụt 3/12 chỉ số) thì là hộ nghèo"
        },
        {
            "1 ethnic-minority poor household where the list has 2 poor heads not Kinh", r => r.Set(TongHop, "O3", 1),
            "POOR_ETHNIC_MINORITY_MISMATCH", Warning, "TongHop!O3", "1", "DanhSachHo có 2 hộ nghèo có chủ hộ không phải dân tộc Kinh"
        },
        { "a household sheet left with its header only", r => { while (r.Sheet(DanhSachHo).LastRowUsed()!.RowNumber() > 1) r.DeleteRow(DanhSachHo, 2); }, "HOUSEHOLD_LIST_EMPTY", Info, "", "", "không có hộ nào" },
        { "a district code kept in a 2025 report", r => r.AfterReform().Set(ThongTin, "A3", "Mã huyện").Set(ThongTin, "B3", "849"), "DISTRICT_AFTER_REFORM", Error, "ThongTin!B3", "849", "không còn cấp huyện" },
        { "Trà Vinh's province code in a 2025 report", r => r.AfterReform().Set(ThongTin, "B1", "84"), "PROVINCE_MERGED", Error, "ThongTin!B1", "84", "Vĩnh Long (mã 86)" },
        { "a code dissolved before the reform, in a 2025 report", r => r.AfterReform().AddCommune("29245", "Phường 2", 100), "COMMUNE_CODE_BEFORE_REFORM", Error, "TongHop!A6", "29245", "Phường Trà Vinh (29242)" },
        { "a code that exists only from July 2025, in a 2024 report", r => r.AddCommune("03980", "Mộc Châu", 100), "COMMUNE_CODE_AFTER_REFORM", Error, "TongHop!A6", "03980", "từ 01/07/2025" },
        { "a reused code under its pre-reform name", r => r.AfterReform().Set(TongHop, "B2", "Phường 3"), "COMMUNE_CODE_REUSED", Error, "TongHop!B2", "Phường 3", "Phường Trà Vinh" },
        { "a commune of Hà Nội in Vĩnh Long's 2025 report", r => r.AfterReform().AddCommune("00004", "Ba Đình", 100), "COMMUNE_NOT_IN_PROVINCE", Error, "TongHop!A6", "00004", "Hà Nội" },
        { "another commune in Phường Trà Vinh's own report", r => r.SingleCommuneAfterReform().AddCommune("28807", "Giao Long", 100, row: 3), "COMMUNE_OUTSIDE_REPORT", Error, "TongHop!A3", "28807", "29242" },
        {
            "a year no standard covers", r => { r.AfterReform().Set(ThongTin, "B5", 2031); r.Clock = FakeClock.On(2031, 6, 1); },
            "STANDARD_MISSING", Info, "", "", "2031"
        },

        // HoTro.
        { "an unknown program", r => r.Set(HoTro, "B3", "Hỗ trợ tiền điện"), "SUPPORT_PROGRAM_UNKNOWN", Error, "HoTro!B3", "Hỗ trợ tiền điện", "Vay vốn ưu đãi" },
        { "support in a commune TongHop lacks", r => r.Set(HoTro, "A3", "29473"), "SUPPORT_COMMUNE_NOT_IN_SUMMARY", Error, "HoTro!A3", "29473", "29473" },
        {
            "the same program twice in a commune, under its alias", r => r.SetRow(HoTro, "A6", "29461", "Tín dụng chính sách", 2, 50),
            "SUPPORT_DUPLICATE", Error, "HoTro!B6", "Tín dụng chính sách", "dòng 2 và dòng 6"
        },

        // Reporting.
        {
            "101 columns of notes", r => { for (var i = 0; i < 101; i++) r.Sheet(TongHop).Cell(1, 17 + i).SetValue($"Ghi chú {i + 1}"); },
            "MORE_FINDINGS", Info, "", "", "Còn 1 phát hiện"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachRuleIsReportedOnceAtItsCellWithItsValueInVietnamese(RuleCase @case)
    {
        var report = TidyReport.Create();
        @case.Mutate(report);

        var check = report.Check();

        var found = check.Findings.Where(f => f.Rule == @case.Rule).ToList();
        Assert.True(found.Count == 1, $"expected one {@case.Rule}, found:{Environment.NewLine}{check.Findings.Describe()}");
        var finding = found[0];
        Assert.Equal(@case.Severity, finding.Severity);
        Assert.Equal(@case.Cell, finding.Cell);
        Assert.Equal(@case.Value, finding.Value);
        if (@case.Cell.Length > 0) Assert.StartsWith(finding.Sheet + "!", finding.Cell);
        Assert.Contains(@case.InMessage, finding.Message);
        Assert.Contains(finding.Value, finding.Message);
        Assert.True(FindingText.IsVietnamese(finding), finding.Message);
        var others = check.Findings.Where(f => f != finding && f.Severity != Info).ToList();
        Assert.True(others.Count == 0, $"one cause, one finding; also found:{Environment.NewLine}{others.Describe()}");
        Assert.Equal(@case.Severity == Error ? ReportOutcome.Rejected : ReportOutcome.Ok, check.Outcome);
    }

    [Fact]
    public void EveryRuleOfTheCatalogueHasARowInTheTable()
    {
        var covered = ((IEnumerable<object[]>)Cases).Select(row => ((RuleCase)row[0]).Rule).ToHashSet();
        // These compare a report with what the warehouse holds: IngestionContractTests and ReformSeriesTests cover them on both engines.
        covered.UnionWith(["POOR_START_DIFFERS_FROM_LAST_YEAR", "NEAR_POOR_START_DIFFERS_FROM_LAST_YEAR", "COMMUNE_REPORTED_ELSEWHERE"]);
        // The limits of what is read: PoisonFileTests makes each malicious file and bounds time and memory.
        covered.UnionWith(["LIMIT_ROWS", "LIMIT_COLUMNS", "LIMIT_CELL_TEXT", "LIMIT_PART_SIZE", "LIMIT_COMPRESSION_RATIO",
            "LIMIT_SHARED_STRINGS", "LIMIT_XML_DEPTH", "LIMIT_XML_TOKEN"]);

        var uncovered = RuleCatalogue.All.Select(r => r.Code).Where(code => !covered.Contains(code)).ToList();

        Assert.Empty(uncovered);
    }
}
