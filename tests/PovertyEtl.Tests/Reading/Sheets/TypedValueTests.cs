using System.Globalization;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary>Values typed as text the Vietnamese way, money in the unit its header states, empty optional cells.</summary>
public sealed class TypedValueTests
{
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

    [Fact]
    public void ABooleanInACountColumnIsNotANumber()
    {
        var finding = Assert.Single(TidyReport.Create().Set(TongHop, "P3", true).Check().Findings);

        Assert.Equal("VALUE_NOT_NUMBER", finding.Rule);
        Assert.Equal("TongHop!P3", finding.Cell);
        Assert.Equal("TRUE", finding.Value);
    }

    [Fact]
    public void CountsTypedAsTextTheVietnameseWayAreRead()
    {
        var report = TidyReport.Create();
        foreach (var c in TidyData.Communes)
            foreach (var column in new[] { "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "O", "P" })
                report.Set(TongHop, $"{column}{c.Row}", report.Sheet(TongHop).Cell($"{column}{c.Row}").GetDouble().ToString("0", CultureInfo.InvariantCulture));
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
}
