using PovertyEtl.Tests.Support;
using Xunit;
using static PovertyEtl.Tests.Support.TidyReport;

namespace PovertyEtl.Tests.Reading.Layout;

/// <summary>Rows that are not records: blank rows, group titles, notes and the signature block are skipped.</summary>
public sealed class RowLayoutTests
{
    [Fact]
    public void BlankRowsBetweenCommunesAreSkipped()
    {
        var report = TidyReport.Create().InsertRowsAbove(TongHop, 4, 2).InsertRowsAbove(DanhSachHo, 7, 1);

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal([2, 3, 6, 7], read.Communes!.Communes.Select(c => c.Row));
    }

    [Fact]
    public void GroupTitlesInTheNameOrCodeColumnAreSkipped()
    {
        var report = TidyReport.Create()
            .InsertRowsAbove(TongHop, 3, 1).Set(TongHop, "A3", "Khu vực nông thôn").Merge(TongHop, "A3:P3")
            .InsertRowsAbove(TongHop, 2, 1).Set(TongHop, "B2", "I. Khu vực thành thị")
            .InsertRowsAbove(DanhSachHo, 7, 1).Set(DanhSachHo, "A7", "Xã Phước Hưng")
            .InsertRowsAbove(DanhSachHo, 2, 1).Set(DanhSachHo, "A2", "Thị trấn Trà Cú");

        var read = ReadsLike.TheTidyReport(report);

        Assert.Equal([3, 5, 6, 7], read.Communes!.Communes.Select(c => c.Row));
    }

    [Fact]
    public void TheSignatureBlockAndNotesUnderTheTableAreSkipped()
    {
        var report = TidyReport.Create()
            .Set(TongHop, "A7", "Ghi chú: số liệu tính đến ngày 31/12/2024")
            .Set(TongHop, "H9", "Trà Cú, ngày 15 tháng 12 năm 2024")
            .Set(TongHop, "B10", "Người lập biểu").Set(TongHop, "H10", "KT. CHỦ TỊCH").Set(TongHop, "H11", "PHÓ CHỦ TỊCH")
            .Set(TongHop, "B11", "(Ký, ghi rõ họ tên)").Set(TongHop, "B14", "Nguyễn Thị Mẫu").Set(TongHop, "H14", "Trần Văn Ký")
            .Set(DanhSachHo, "A22", "Người lập biểu").Set(DanhSachHo, "H22", "…, ngày … tháng … năm …")
            .Set(HoTro, "B8", "Người lập biểu");

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void HiddenRowsAreReadLikeAnyOther()
    {
        var report = TidyReport.Create();
        report.Sheet(TongHop).Row(3).Hide();
        report.Sheet(DanhSachHo).Rows(5, 9).Hide();

        ReadsLike.TheTidyReport(report);
    }

    [Fact]
    public void AHiddenRowIsCheckedLikeAnyOther()
    {
        var report = TidyReport.Create().Set(TongHop, "D3", 4);
        report.Sheet(TongHop).Row(3).Hide();

        var finding = Assert.Single(report.Check().Findings);

        Assert.Equal("FLOW_BALANCE_POOR", finding.Rule);
        Assert.Equal("TongHop!H3", finding.Cell);
    }

    [Fact]
    public void ARowWithoutACodeWhoseOnlyNumberIsInAnOptionalColumnIsSkipped()
    {
        // The format skips rows with no number in a required numeric column; a stray rate is not a record.
        var report = TidyReport.Create().Set(TongHop, "I7", 1.5).Set(TongHop, "O7", 3);

        ReadsLike.TheTidyReport(report);
    }
}
