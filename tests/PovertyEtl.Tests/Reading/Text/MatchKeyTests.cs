using System.Text;
using PovertyEtl.Reading.Text;
using Xunit;

namespace PovertyEtl.Tests.Reading.Text;

public sealed class MatchKeyTests
{
    [Theory]
    [InlineData("Hộ nghèo cuối kỳ", "HO NGHEO CUOI KY")]
    [InlineData("Hộ nghèo cuối kỳ", "hộ  nghèo cuối kỳ ")]
    [InlineData("Hộ nghèo cuối kỳ", "HỘ NGHÈO CUỐI KỲ")]
    [InlineData("Hộ nghèo cuối kỳ", "\tHộ nghèo\ncuối kỳ")]
    [InlineData("Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ nghèo %")]
    [InlineData("Tỷ lệ hộ nghèo (%)", "TY LE HO NGHEO(%)")]
    [InlineData("Thu nhập bình quân đầu người (đồng/người/tháng)", "Thu nhập bình quân đầu người")]
    [InlineData("Tổng số hộ (hộ)", "Tổng số hộ")]
    [InlineData("Xã, phường, thị trấn", "xa phuong thi tran")]
    [InlineData("Mã xã:", "Mã xã")]
    [InlineData("Đơn vị", "don vi")]
    [InlineData("Người lập biểu", "Nguoi lap bieu")]
    public void HeadersThatTheFormatCallsTheSameHaveTheSameKey(string one, string other)
    {
        Assert.Equal(MatchKey.Of(one), MatchKey.Of(other));
    }

    [Fact]
    public void TheKeyIsLowerCaseWithoutDiacriticsAndSingleSpaced()
    {
        Assert.Equal("ho ngheo cuoi ky", MatchKey.Of("  Hộ   nghèo cuối kỳ "));
        Assert.Equal("ty le ho ngheo %", MatchKey.Of("Tỷ lệ hộ nghèo (%)"));
        Assert.Equal("dan toc", MatchKey.Of("Dân tộc"));
    }

    [Fact]
    public void TextInDecomposedFormMatchesTheComposedForm()
    {
        var composed = "Hộ cận nghèo cuối kỳ";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(MatchKey.Of(composed), MatchKey.Of(decomposed));
        Assert.Equal("ho can ngheo cuoi ky", MatchKey.Of(decomposed));
    }

    [Theory]
    [InlineData("Hộ nghèo cuối kỳ", "Hộ cận nghèo cuối kỳ")]
    [InlineData("Tỷ lệ hộ nghèo (%)", "Tỷ lệ hộ nghèo")]
    [InlineData("Tân Sơn", "Tập Sơn")]
    [InlineData("Mã xã", "Mã hộ")]
    public void DifferentWordsKeepDifferentKeys(string one, string other)
    {
        Assert.NotEqual(MatchKey.Of(one), MatchKey.Of(other));
    }

    [Theory]
    [InlineData("Thông tin", "ThongTin")]
    [InlineData("THONG TIN", "ThongTin")]
    [InlineData("Tổng hợp", "TongHop")]
    [InlineData("Danh sách hộ", "DanhSachHo")]
    [InlineData("Hỗ trợ", "HoTro")]
    [InlineData("Tong_hop", "TongHop")]
    public void SheetNamesMatchWithEverySpaceRemoved(string written, string canonical)
    {
        Assert.Equal(MatchKey.OfSheetName(canonical), MatchKey.OfSheetName(written));
    }

    [Fact]
    public void ASheetOfAnotherNameDoesNotMatch()
    {
        Assert.NotEqual(MatchKey.OfSheetName("TongHop"), MatchKey.OfSheetName("TongHop2023"));
        Assert.NotEqual(MatchKey.OfSheetName("ThongTin"), MatchKey.OfSheetName("Thông tin chung"));
    }

    [Theory]
    [InlineData("Xã Ngọc Biên", "Ngọc Biên")]
    [InlineData("Phường 1", "1")]
    [InlineData("Thị trấn Trà Cú", "Trà Cú")]
    [InlineData("thi tran tra cu", "Trà Cú")]
    [InlineData("Huyện Trà Cú", "Trà Cú")]
    [InlineData("Tỉnh Trà Vinh", "Trà Vinh")]
    [InlineData("Thành phố Trà Vinh", "Trà Vinh")]
    [InlineData("Thị xã Duyên Hải", "Duyên Hải")]
    [InlineData("Trà Cú", "Thị trấn Trà Cú")]
    public void OfficialNamesMatchIgnoringALeadingUnitTypeOnEitherSide(string one, string other)
    {
        Assert.Equal(MatchKey.OfUnitName(one), MatchKey.OfUnitName(other));
    }

    [Theory]
    [InlineData("Xuân Hòa", "xuan hoa")]
    [InlineData("Xã", "xa")]
    [InlineData("Huyện", "huyen")]
    [InlineData("Tân Xã", "tan xa")]
    public void AUnitTypeIsOnlyIgnoredAsALeadingWordBeforeAName(string name, string key)
    {
        Assert.Equal(key, MatchKey.OfUnitName(name));
    }

    [Fact]
    public void DifferentUnitsKeepDifferentNames()
    {
        Assert.NotEqual(MatchKey.OfUnitName("Xã Tân Sơn"), MatchKey.OfUnitName("Tập Sơn"));
    }
}
