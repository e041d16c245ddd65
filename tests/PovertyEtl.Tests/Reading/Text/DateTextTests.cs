using PovertyEtl.Reading.Text;
using Xunit;

namespace PovertyEtl.Tests.Reading.Text;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("15/12/2024", 2024, 12, 15)]
    [InlineData("5/1/2024", 2024, 1, 5)]
    [InlineData("05/01/2024", 2024, 1, 5)]
    [InlineData(" 1/12/2024 ", 2024, 12, 1)]
    [InlineData("12/11/2024", 2024, 11, 12)]
    public void ADateIsReadDayFirst(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("12/31/2024")]
    [InlineData("2/29/2023")]
    [InlineData("31/02/2024")]
    [InlineData("15/12/24")]
    [InlineData("ngày 15 tháng 12")]
    [InlineData("")]
    public void AMonthFirstOrImpossibleDateIsNotADate(string text)
    {
        Assert.False(DateText.TryParse(text, out _));
    }
}
