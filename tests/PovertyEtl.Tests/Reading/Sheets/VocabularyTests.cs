using System.Globalization;
using PovertyEtl.Domain.Reports;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary>Enumerated columns: every name and alias of a category, ethnicity, program, change, and the indicator marks.</summary>
public sealed class VocabularyTests
{
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
        Assert.Equal(category, report.Read().Households!.Single(h => h.Row == int.Parse(address[1..], CultureInfo.InvariantCulture)).Category);
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
        // Row 5 is near-poor: a poor head's ethnicity would also change the commune's ethnic-minority poor.
        var report = TidyReport.Create().Set(DanhSachHo, "F5", written);

        Assert.Empty(report.Check().Findings);
        Assert.Equal(code, report.Read().Households!.Single(h => h.Row == 5).EthnicityCode);
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
