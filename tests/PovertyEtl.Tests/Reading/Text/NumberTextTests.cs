using PovertyEtl.Reading.Text;
using Xunit;

namespace PovertyEtl.Tests.Reading.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1.234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1 234 567", 1234567)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 0)]
    [InlineData("-5", -5)]
    public void ACountWrittenTheVietnameseWayReadsAsItsNumber(string text, int expected)
    {
        var result = NumberText.Parse(text, commaFollowedByThreeDigitsIsAmbiguous: true);

        Assert.True(result.IsOk, result.Problem.ToString());
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void TwelveCommaFiveIsTwelveAndAHalfSoNotAWholeCount()
    {
        var result = NumberText.Parse("12,5", commaFollowedByThreeDigitsIsAmbiguous: true);

        Assert.True(result.IsOk);
        Assert.Equal(12.5m, result.Value);
        Assert.NotEqual(decimal.Truncate(result.Value), result.Value);
    }

    [Theory]
    [InlineData("1,234")]
    [InlineData("12,500")]
    [InlineData(" 1,000 ")]
    public void ACommaFollowedByThreeDigitsInACountIsAmbiguous(string text)
    {
        Assert.Equal(NumberTextProblem.AmbiguousComma, NumberText.Parse(text, commaFollowedByThreeDigitsIsAmbiguous: true).Problem);
    }

    [Fact]
    public void ACommaFollowedByThreeDigitsInMoneyIsTheDecimalMark()
    {
        var result = NumberText.Parse("1,234", commaFollowedByThreeDigitsIsAmbiguous: false);

        Assert.True(result.IsOk);
        Assert.Equal(1.234m, result.Value);
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("1.500.000", 1500000)]
    [InlineData("1.500.000,5", 1500000.5)]
    [InlineData("0,75", 0.75)]
    public void MoneyUsesTheCommaAsTheDecimalMark(string text, double expected)
    {
        var result = NumberText.Parse(text, commaFollowedByThreeDigitsIsAmbiguous: false);

        Assert.True(result.IsOk);
        Assert.Equal((decimal)expected, result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ba")]
    [InlineData("1.23")]
    [InlineData("12.34.567")]
    [InlineData("1 23")]
    [InlineData("1,2,3")]
    [InlineData("12,")]
    [InlineData("1.234,5,6")]
    [InlineData("5 hộ")]
    [InlineData("79.228.162.514.264.337.593.543.950.335,9")]
    [InlineData("1234567890123456789012345678901234567890")]
    public void TextThatIsNotANumberTheVietnameseWaySaysSo(string text)
    {
        Assert.Equal(NumberTextProblem.NotANumber, NumberText.Parse(text, commaFollowedByThreeDigitsIsAmbiguous: true).Problem);
    }

    [Theory]
    [InlineData("85,71%", 85.71)]
    [InlineData("85,71", 85.71)]
    [InlineData("85.71 %", 85.71)]
    [InlineData("85.7", 85.7)]
    [InlineData("8", 8)]
    [InlineData("100%", 100)]
    [InlineData("0,5 %", 0.5)]
    [InlineData(" 2,5% ", 2.5)]
    public void APercentageTakesASingleDotOrCommaAsTheDecimalMark(string text, double expected)
    {
        var result = NumberText.ParsePercent(text);

        Assert.True(result.IsOk, result.Problem.ToString());
        Assert.Equal((decimal)expected, result.Value);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("khoảng 5%")]
    [InlineData("5,5,5")]
    [InlineData("1234567890123456789012345678901,5")]
    public void APercentageThatIsNotANumberSaysSo(string text)
    {
        Assert.False(NumberText.ParsePercent(text).IsOk);
    }
}
