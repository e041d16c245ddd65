using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Validation;

/// <summary>Numbers in the officer's messages are written the Vietnamese way: 1.250 hộ, 12,5.</summary>
public sealed class VietnameseNumberTests
{
    [Fact]
    public void ThousandsInAMessageAreGroupedWithDots()
    {
        var check = TidyReport.Create().Set(TongHop, "C3", 2500).Set(TongHop, "D3", 1250).Clear(TongHop, "I3").Clear(TongHop, "N3").Check();

        var flow = Assert.Single(check.Findings, f => f.Rule == "FLOW_BALANCE_POOR");
        Assert.Contains("đầu kỳ 1.250 − thoát nghèo 1 + phát sinh 0 + tái nghèo 0 = 1.249, nhưng cuối kỳ ghi 2", flow.Message);
    }

    [Fact]
    public void ANumberCellWithDecimalsIsQuotedWithADecimalComma()
    {
        var check = TidyReport.Create().Set(TongHop, "E3", 1.5).Check();

        var finding = Assert.Single(check.Findings, f => f.Rule == "VALUE_NOT_WHOLE");
        Assert.Equal("1,5", finding.Value);
        Assert.Contains("\"1,5\"", finding.Message);
    }
}
