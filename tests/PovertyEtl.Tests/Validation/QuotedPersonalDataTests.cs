using PovertyEtl.Domain.Limits;
using PovertyEtl.Domain.Findings;
using PovertyEtl.Feedback;
using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// Personal data in the wrong column of the household list is masked where the finding is made,
/// so neither the warehouse, the findings file, the summary page nor the findings sheet shows it;
/// and no finding quotes more than an excerpt of a cell.
/// </summary>
public sealed class QuotedPersonalDataTests
{
    [Fact]
    public void AnIdNumberInTheEthnicityColumnIsQuotedMasked()
    {
        var check = TidyReport.Create().Set(DanhSachHo, "F2", "079012345612").Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal(("VALUE_NOT_IN_LIST", "DanhSachHo!F2", "0790******12"), (finding.Rule, finding.Cell, finding.Value));
        var text = new StringWriter();
        FindingsText.Write(text, check, ReferenceFixture.Load());
        Assert.DoesNotContain("079012345612", finding.Message + finding.MessageEn + text);
    }

    [Fact]
    public void TheHeadsNameInAnotherColumnIsQuotedMasked()
    {
        var head = TidyData.Households[0].HeadName;
        var check = TidyReport.Create().Set(DanhSachHo, "F2", head).Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal("DanhSachHo!F2", finding.Cell);
        Assert.DoesNotContain(head, finding.Value + finding.Message + finding.MessageEn);
        Assert.Equal(head.Split(' ').Select(w => w[0]), finding.Value.Split(' ').Select(w => w[0]));
    }

    [Fact]
    public void ANameShapedTextInTheIncomeColumnIsQuotedMasked()
    {
        var check = TidyReport.Create().Set(DanhSachHo, "H2", "Trần Thị Bích").Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal(("VALUE_NOT_NUMBER", "DanhSachHo!H2", "T*** T** B***"), (finding.Rule, finding.Cell, finding.Value));
        Assert.DoesNotContain("Trần Thị Bích", finding.Message);
    }

    [Fact]
    public void OutsideTheHouseholdListNothingIsMasked()
    {
        var check = TidyReport.Create().Set(TongHop, "B4", "Phước Hòa").Check();

        Assert.Equal("Phước Hòa", Assert.Single(check.Problems()).Value);
    }

    [Fact]
    public void AFiftyThousandCharacterCellIsQuotedAsAnExcerpt()
    {
        var text = string.Concat(Enumerable.Repeat("không rõ ", 3_000));
        var check = TidyReport.Create().Set(TongHop, "D3", text).Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal(ReadLimits.QuotedCharacters + 1, finding.Value.Length);
        Assert.EndsWith("…", finding.Value);
        Assert.True(finding.Message.Length < 500, finding.Message);
    }

    [Theory]
    [InlineData("079012345612", "0790******12")]
    [InlineData("CCCD 079012345612 của hộ", "CCCD 0790******12 của hộ")]
    [InlineData("123456789", "123****89")]
    [InlineData("12345678", "12345678")]
    [InlineData("Nguyễn Văn An", "N***** V** A*")]
    [InlineData("Kinh", "Kinh")]
    [InlineData("hộ nghèo", "hộ nghèo")]
    public void TheMaskingRule(string text, string masked) => Assert.Equal(masked, PersonalDataMask.Mask(text));
}
