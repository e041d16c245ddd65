using PovertyEtl.Reading.Workbook;
using Xunit;

namespace PovertyEtl.Tests.Reading.Workbook;

public sealed class CellFormatAndAddressTests
{
    [Theory]
    [InlineData("0.00%", NumberFormatKind.Percent)]
    [InlineData("0%", NumberFormatKind.Percent)]
    [InlineData("#,##0.0\\ %", NumberFormatKind.Percent)]
    [InlineData("dd/mm/yyyy", NumberFormatKind.Date)]
    [InlineData("[$-42A]dd/mm/yyyy", NumberFormatKind.Date)]
    [InlineData("d/m/yy;@", NumberFormatKind.Date)]
    [InlineData("h:mm", NumberFormatKind.Date)]
    [InlineData("General", NumberFormatKind.General)]
    [InlineData("#,##0", NumberFormatKind.General)]
    [InlineData("0.00_);[Red](0.00)", NumberFormatKind.General)]
    [InlineData("#,##0 \"hộ\"", NumberFormatKind.General)]
    [InlineData("0 \"%\"", NumberFormatKind.General)]
    [InlineData("#,##0 \"đồng\"", NumberFormatKind.General)]
    public void AFormatCodeIsAPercentageOrADateOnlyOutsideItsQuotedText(string code, NumberFormatKind kind)
    {
        Assert.Equal(kind, CellFormats.ClassifyCode(code));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(16384, "XFD")]
    public void ColumnsAreLetteredAsExcelShowsThem(int column, string letters)
    {
        Assert.Equal(letters, CellAddress.ColumnLetters(column));
        Assert.True(CellAddress.TryParse(letters + "7", out var parsed, out var row));
        Assert.Equal(column, parsed);
        Assert.Equal(7, row);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("A1B")]
    [InlineData("XFE1")]
    public void AnythingButAColumnAndARowIsNotACellReference(string reference)
    {
        Assert.False(CellAddress.TryParse(reference, out _, out _));
    }
}
