using PovertyEtl.Pipeline.Reports;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary>How cells are read: formulas by their cached value, percent and date formats, numbers typed as text, money units.</summary>
public sealed class CellValueTests
{
    [Fact]
    public void AFormulaCountsByItsCachedValue()
    {
        var report = TidyReport.Create()
            .SetRawCell(TongHop, "H2", null, "D2-E2+F2+G2", "3")
            .SetRawCell(TongHop, "I2", null, "ROUND(H2/C2*100,2)", "2.5")
            .SetRawCell(TongHop, "B3", "str", "\"Phước \"&\"Hưng\"", "Phước Hưng")
            .SetRawCell(DanhSachHo, "E2", null, "1+1", "2");

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(3, read.Communes!.Communes[0].PoorEnd);
        Assert.Equal("Phước Hưng", read.Communes.Communes[1].CommuneName);
        Assert.Equal(2, read.Households![0].Members);
    }

    [Fact]
    public void ClosedXmlSavesAFormulaWithoutItsResultSoTheCellIsAnErrorThere()
    {
        // What ClosedXML 0.95 writes (checked here, so the test notices if that changes): <f> and no <v>.
        var report = TidyReport.Create().SetFormula(TongHop, "C4", "SUM(D4:G4)*10");
        using (var scratch = new ScratchFolder())
        {
            var path = report.SaveTo(scratch.Path);
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            using var xml = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
            var sheet = xml.ReadToEnd();
            Assert.Contains("<x:f>SUM(D4:G4)*10</x:f></x:c>", sheet);
        }

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("VALUE_FORMULA_NO_RESULT", finding.Rule);
        Assert.Equal("TongHop!C4", finding.Cell);
        Assert.Equal("=SUM(D4:G4)*10", finding.Value);
    }

    [Fact]
    public void AFormulaWhoseResultIsAnErrorIsAnErrorAtThatCell()
    {
        var finding = Assert.Single(TidyReport.Create().SetRawCell(TongHop, "I3", "e", "H3/0", "#DIV/0!").Check().Findings);

        Assert.Equal("VALUE_CELL_ERROR", finding.Rule);
        Assert.Equal("TongHop!I3", finding.Cell);
    }

    [Theory]
    [InlineData("0.00%")]
    [InlineData("0%")]
    [InlineData("#,##0.00\" \"%")]
    public void APercentFormattedCellHoldsAFractionThatMeansPoints(string format)
    {
        var report = TidyReport.Create();
        foreach (var c in TidyData.Communes)
        {
            report.Set(TongHop, $"I{c.Row}", (double)c.PoorRate / 100);
            report.Sheet(TongHop).Cell($"I{c.Row}").Style.NumberFormat.Format = format;
        }

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal(2.5m, read.Communes!.Communes[0].PoorRatePct);
    }

    [Fact]
    public void APercentCellHolding0Point0857Means8Point57Points()
    {
        var report = TidyReport.Create().Set(TongHop, "I2", 0.0857);
        report.Sheet(TongHop).Cell("I2").Style.NumberFormat.Format = "0.00%";

        Assert.Equal(8.57m, report.Read().Communes!.Communes[0].PoorRatePct);
        var finding = Assert.Single(report.Check().Findings);
        Assert.Equal("RATE_MISMATCH", finding.Rule);
        Assert.Contains("tỷ lệ ghi 8,57% nhưng tính được 2,5%", finding.Message);
    }

    [Fact]
    public void TheBuiltInPercentFormatIsAPercentFormatToo()
    {
        var report = TidyReport.Create().Set(TongHop, "I2", 0.025);
        report.Sheet(TongHop).Cell("I2").Style.NumberFormat.NumberFormatId = 10;

        Assert.Empty(report.Check().Findings);
        Assert.Equal(2.5m, report.Read().Communes!.Communes[0].PoorRatePct);
    }

    [Fact]
    public void AFractionWithoutPercentFormatIsTakenAsPointsAndSoDisagreesWithTheCounts()
    {
        var finding = Assert.Single(TidyReport.Create().Set(TongHop, "I2", 0.025).Check().Findings);

        Assert.Equal("RATE_MISMATCH", finding.Rule);
        Assert.Equal("TongHop!I2", finding.Cell);
    }

    [Theory]
    [InlineData("2,5%", 2.5)]
    [InlineData("2,5", 2.5)]
    [InlineData("2.5 %", 2.5)]
    [InlineData("2,50", 2.5)]
    public void APercentageTypedAsTextIsRead(string text, double points)
    {
        var report = TidyReport.Create().Set(TongHop, "I2", text);

        Assert.Empty(report.Check().Findings);
        Assert.Equal((decimal)points, report.Read().Communes!.Communes[0].PoorRatePct);
    }

    public static TheoryData<object, int, int, int> ReportDates => new()
    {
        { new DateTime(2024, 12, 15), 2024, 12, 15 },
        { "15/12/2024", 2024, 12, 15 },
        { "5/1/2024", 2024, 1, 5 },
        { "05/01/2024", 2024, 1, 5 },
    };

    [Theory]
    [MemberData(nameof(ReportDates))]
    public void TheReportDateIsADateCellOrDayFirstText(object written, int year, int month, int day)
    {
        var report = TidyReport.Create().Set(ThongTin, "B6", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(new DateOnly(year, month, day), report.Read().Info.ReportDate?.Value);
    }

    [Theory]
    [InlineData("2024-12-15")]
    [InlineData("2024-12-15T00:00:00")]
    public void AnIsoDateCellIsADate(string iso)
    {
        // Strict workbooks and some generators store dates as t="d" with an ISO 8601 value.
        var report = TidyReport.Create().SetRawCell(ThongTin, "B6", "d", null, iso);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(new DateOnly(2024, 12, 15), report.Read().Info.ReportDate?.Value);
    }

    [Fact]
    public void ABooleanInACountColumnIsNotANumber()
    {
        var finding = Assert.Single(TidyReport.Create().Set(TongHop, "P3", true).Check().Findings);

        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
        Assert.Equal("TongHop!P3", finding.Cell);
        Assert.Equal("TRUE", finding.Value);
    }

    [Fact]
    public void ADateCellInAnotherDisplayFormatIsTheSameDate()
    {
        var report = TidyReport.Create();
        report.Sheet(ThongTin).Cell("B6").Style.NumberFormat.Format = "dd/mm/yyyy";

        Assert.Equal(new DateOnly(2024, 12, 15), report.Read().Info.ReportDate?.Value);
    }

    [Fact]
    public void CountsTypedAsTextTheVietnameseWayAreRead()
    {
        var report = TidyReport.Create();
        foreach (var c in TidyData.Communes)
            foreach (var column in new[] { "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "O", "P" })
                report.Set(TongHop, $"{column}{c.Row}", report.Sheet(TongHop).Cell($"{column}{c.Row}").GetDouble().ToString("0"));
        report.Set(TongHop, "A2", "29461").Set(ThongTin, "B5", "2024").Set(DanhSachHo, "E2", " 2 ");

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void ThousandsGroupedWithDotsOrSpacesAreRead()
    {
        var report = TidyReport.Create()
            .Set(TongHop, "C2", "1.200").Set(TongHop, "I2", "0,25").Set(TongHop, "N2", "0,17%")
            .Set(DanhSachHo, "H2", "1.800.000").Set(DanhSachHo, "H3", "1 800 000").Set(DanhSachHo, "H4", "1.800.000 đồng");

        Assert.Empty(report.Check().Findings);
        var read = report.Read();
        Assert.Equal(1200, read.Communes!.Communes[0].TotalHouseholds);
        Assert.All(read.Households!.Take(3), h => Assert.Equal(1_800_000m, h.IncomePerCapitaVnd));
    }

    [Fact]
    public void ACommuneCodeTypedAsANumberGetsItsLeadingZerosBack()
    {
        // Hà Nội's communes have codes such as 00004: typed as a number, Excel shows 4.
        var report = TidyReport.Create().Set(ThongTin, "B1", 84).Set(ThongTin, "B3", 849).Set(TongHop, "A2", 29461);

        Assert.Empty(report.Check().Findings);
        Assert.Equal("84", report.Read().Info.ProvinceCode?.Value);
    }

    [Theory]
    [InlineData("Kinh phí (triệu đồng)", 12.5, 12.5)]
    [InlineData("Kinh phí (triệu đồng)", "12,5", 12.5)]
    [InlineData("Kinh phí (đồng)", 12_500_000, 12.5)]
    [InlineData("Kinh phí (đồng)", "12.500.000", 12.5)]
    [InlineData("Kinh phí (nghìn đồng)", 12_500, 12.5)]
    [InlineData("KINH PHI (TRIEU DONG)", 12.5, 12.5)]
    public void MoneyIsConvertedFromTheUnitItsHeaderStates(string header, object written, double millions)
    {
        var report = TidyReport.Create().Set(HoTro, "D1", header).Set(HoTro, "D3", written);

        Assert.Empty(report.Check().Findings);
        var line = report.Read().Support!.Lines[1];
        Assert.Equal((decimal)millions, line.AmountMillionVnd);
    }

    [Fact]
    public void AnEmptyOptionalCellIsUnknownNotZero()
    {
        var report = TidyReport.Create().Clear(TongHop, "I2").Clear(TongHop, "O2").Clear(HoTro, "D2").Clear(DanhSachHo, "D2").Clear(DanhSachHo, "G3");

        Assert.Empty(report.Check().Findings);
        var read = report.Read();
        Assert.Null(read.Communes!.Communes[0].PoorRatePct);
        Assert.Null(read.Communes.Communes[0].PoorEthnicMinorityEnd);
        Assert.Null(read.Support!.Lines[0].AmountMillionVnd);
        Assert.Null(read.Households![0].IdNumber);
        Assert.Equal(Area.Urban, read.Households[0].Area);
    }

    [Theory]
    [InlineData("I2", "Nghèo", HouseholdCategory.Poor)]
    [InlineData("I2", "N", HouseholdCategory.Poor)]
    [InlineData("I2", "HỘ NGHÈO", HouseholdCategory.Poor)]
    [InlineData("I5", "Cận nghèo", HouseholdCategory.NearPoor)]
    [InlineData("I5", "CN", HouseholdCategory.NearPoor)]
    [InlineData("I5", "ho can ngheo", HouseholdCategory.NearPoor)]
    public void EveryWayTheFormatWritesACategoryIsRead(string address, string written, HouseholdCategory category)
    {
        var report = TidyReport.Create().Set(DanhSachHo, address, written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(category, report.Read().Households!.Single(h => h.Row == int.Parse(address[1..])).Category);
    }

    [Theory]
    [InlineData("Kinh", "01")]
    [InlineData("Khmer", "05")]
    [InlineData("Khơ-me", "05")]
    [InlineData("Khơ me", "05")]
    [InlineData("Hoa", "04")]
    [InlineData("Chăm", "17")]
    [InlineData("KHƠ-ME", "05")]
    public void EthnicitiesAreMatchedByNameOrAlias(string written, string code)
    {
        var report = TidyReport.Create().Set(DanhSachHo, "F2", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(code, report.Read().Households![0].EthnicityCode);
    }

    [Theory]
    [InlineData("Vay vốn ưu đãi", "LOAN")]
    [InlineData("Tín dụng chính sách", "LOAN")]
    [InlineData("Đào tạo nghề", "TRAIN")]
    [InlineData("Giới thiệu việc làm", "JOB")]
    [InlineData("Đi làm việc ở nước ngoài", "EXPORT")]
    [InlineData("Xuất khẩu lao động", "EXPORT")]
    [InlineData("Hỗ trợ nhà ở", "HOUSE")]
    [InlineData("Bảo hiểm y tế", "HEALTH")]
    [InlineData("Phát triển sản xuất", "LIVELIHOOD")]
    [InlineData("Mô hình sinh kế", "LIVELIHOOD")]
    public void ProgramsAreMatchedByNameOrAlias(string written, string code)
    {
        var report = TidyReport.Create().Set(HoTro, "B2", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(code, report.Read().Support!.Lines[0].ProgramCode);
    }

    [Theory]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("1", true)]
    [InlineData("có", true)]
    [InlineData("Có", true)]
    [InlineData(1, true)]
    [InlineData("0", false)]
    [InlineData(0, false)]
    [InlineData(null, false)]
    public void AnIndicatorIsDeprivedWhenMarkedAndNotWhenZeroOrEmpty(object? written, bool deprived)
    {
        // Row 18 is a rural near-poor household deprived in EMP1 only (K); V (INF2) is one more indicator.
        var report = TidyReport.Create().Set(DanhSachHo, "V18", written);

        Assert.Empty(report.Check().Findings);
        var household = report.Read().Households!.Single(h => h.Row == 18);
        Assert.Equal(deprived ? 2 : 1, household.DeprivationCount);
    }

    [Theory]
    [InlineData("Phát sinh", "new")]
    [InlineData("Tái nghèo", "returned")]
    [InlineData("Cũ", "carried")]
    public void TheChangeOfAHouseholdIsRead(string written, string code)
    {
        var report = TidyReport.Create().Set(DanhSachHo, "J3", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(code, report.Read().Households![1].Change);
    }
}
