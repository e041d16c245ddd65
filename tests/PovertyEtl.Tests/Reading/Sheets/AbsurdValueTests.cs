using PovertyEtl.Tests.Support;
using PovertyEtl.Validation;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Sheets;

/// <summary>Whatever a cell holds, it becomes a finding at that cell, never an exception that fails the whole run.</summary>
public sealed class AbsurdValueTests
{
    public static TheoryData<string, string, object> Values => new()
    {
        { TongHop, "C3", 1e30 },
        { TongHop, "C3", "99999999999999999999" },
        { TongHop, "C3", "99.999.999.999.999.999.999" },
        { TongHop, "I3", 1e30 },
        { TongHop, "I3", "1234567890123456789012345678901,5" },
        { DanhSachHo, "H2", 1e30 },
        { DanhSachHo, "E2", 1e30 },
        { HoTro, "D3", -1e300 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void AnAbsurdlyLargeNumberIsAnErrorAtItsCellNotACrash(string sheet, string address, object value)
    {
        var check = TidyReport.Create().Set(sheet, address, value).Check();

        var finding = Assert.Single(check.Problems());
        Assert.Equal($"{sheet}!{address}", finding.Cell);
        Assert.Equal(ReportOutcome.Rejected, check.Outcome);
    }
}
