using ClosedXML.Excel;
using Xunit;
using PovertyEtl.Feedback.Annex;
using PovertyEtl.Ingestion.Figures;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Feedback;

/// <summary>The annex workbook from figures given directly: how its totals row and notes are made.</summary>
public sealed class ProvinceAnnexTests
{
    private static readonly DateTimeOffset MadeAt = new(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(7));

    [Fact]
    public void TheProvincesRatesAreComputedFromItsSumsNeverAveragedFromItsUnitsRates()
    {
        using var folder = new ScratchFolder();
        // 1 % and 50 %: their average is 25.5 %, the province's rate is 2 of 102 households.
        var figures = Figures(Line("842", 100, 1, null), Line("844", 2, 1, 0));

        ProvinceAnnex.Write(folder.File("a.xlsx"), Subject(2022), figures, MadeAt);

        using var book = new XLWorkbook(folder.File("a.xlsx"));
        var totals = book.Worksheet(ProvinceAnnex.SheetName).Row(9);
        Assert.Equal((102m, 2m, 1.96m), (totals.Cell(3).GetValue<decimal>(), totals.Cell(4).GetValue<decimal>(), totals.Cell(5).GetValue<decimal>()));
    }

    [Fact]
    public void ACountOneUnitLacksIsLeftEmptyForTheProvinceAndTheNotesSayWhy()
    {
        using var folder = new ScratchFolder();
        var figures = Figures(Line("842", 100, 1, null), Line("844", 2, 1, 0));

        ProvinceAnnex.Write(folder.File("a.xlsx"), Subject(2022), figures, MadeAt);

        using var book = new XLWorkbook(folder.File("a.xlsx"));
        var sheet = book.Worksheet(ProvinceAnnex.SheetName);
        Assert.True(sheet.Cell(9, 10).IsEmpty());
        Assert.Equal(0m, sheet.Cell(8, 10).GetValue<decimal>());
        var notes = Enumerable.Range(11, 6).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        Assert.Contains(notes, n => n.StartsWith("Ô để trống", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Chưa có số liệu của 7/9", StringComparison.Ordinal) && n.Contains("Thị xã Duyên Hải (851)", StringComparison.Ordinal));
    }

    private static AnnexSubject Subject(int year) => AnnexSubject.Find("84", year, ReferenceFixture.Load(), 2026).Subject!;

    private static ProvinceAnnexFigures Figures(params AnnexLine[] lines) =>
        new("84", "Tỉnh Trà Vinh", 2022, lines, [new AnnexSource(1, "84_842_2022.xlsx", MadeAt)]);

    private static AnnexLine Line(string code, long total, long poor, long? ethnic) =>
        new(code, "Đơn vị " + code, 1, total, poor, 0, 0, 0, ethnic);
}
