using ClosedXML.Excel;
using Xunit;
using PovertyEtl.Feedback.Annex;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Commands;

/// <summary>
/// <c>export annex</c> end to end on a replica of Trà Vinh's 2022 review (9 districts, 106
/// communes, 5,404 poor = 1.88 % and 10,905 near-poor = 3.80 % of 287,000 households): the
/// workbook a provincial statistician signs, read back with ClosedXML.
/// </summary>
public sealed class ExportAnnexCommandTests(TraVinh2022Warehouses replica) : IClassFixture<TraVinh2022Warehouses>
{
    private static readonly string[] TraVinhDistricts =
    [
        "Thành phố Trà Vinh", "Huyện Càng Long", "Huyện Cầu Kè", "Huyện Tiểu Cần", "Huyện Châu Thành", "Huyện Cầu Ngang", "Huyện Trà Cú",
        "Huyện Duyên Hải", "Thị xã Duyên Hải",
    ];

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void TheAnnexOfTraVinhs2022ReviewHasOneRowPerDistrictByDisplayNameAndTheProvincesTotalsAsPublished(string engine)
    {
        var warehouse = replica.ConnectionString(engine);
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "export", "annex", "--province", "84", "--year", "2022", "--warehouse", warehouse);

        Assert.Equal((0, "annex-84-2022.xlsx"), (result.ExitCode, result.Output.Trim()));
        using var book = new XLWorkbook(folder.File("annex-84-2022.xlsx"));
        var sheet = book.Worksheet(ProvinceAnnex.SheetName);
        Assert.Equal(TraVinhDistricts, Enumerable.Range(7, 9).Select(r => sheet.Cell(r, 2).GetString()));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Enumerable.Range(7, 9).Select(r => sheet.Cell(r, 1).GetString()));
        var totals = sheet.Row(16);
        Assert.Equal("Toàn tỉnh", totals.Cell(2).GetString());
        Assert.Equal(287_000m, totals.Cell(3).GetValue<decimal>());
        Assert.Equal(5_404m, totals.Cell(4).GetValue<decimal>());
        Assert.Equal(1.88m, totals.Cell(5).GetValue<decimal>());
        Assert.Equal(10_905m, totals.Cell(6).GetValue<decimal>());
        Assert.Equal(3.80m, totals.Cell(7).GetValue<decimal>());
        Assert.Equal(TraVinhReview2022.PoorNoLabour, totals.Cell(8).GetValue<long>());
        Assert.Equal(("Hộ cận nghèo", 545L), (sheet.Cell(6, 9).GetString(), totals.Cell(9).GetValue<long>()));
        Assert.Equal(TraVinhReview2022.PoorEthnicMinority, totals.Cell(10).GetValue<long>());
        Assert.Contains("KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2022", sheet.Cell(1, 1).GetString());
        Assert.StartsWith("Tỉnh Trà Vinh (mã tỉnh 84)", sheet.Cell(2, 1).GetString());
        Assert.Contains("9 lần nạp", sheet.Cell(18, 1).GetString());
        Assert.Contains("84_851_2022.xlsx", sheet.Cell(18, 1).GetString());
        Assert.Equal("Có số liệu của 9/9 huyện, thị xã, thành phố.", sheet.Cell(19, 1).GetString());
        Assert.DoesNotContain(sheet.Column(1).CellsUsed(), c => c.GetString().StartsWith("Ô để trống", StringComparison.Ordinal));
    }

    [Fact]
    public void TheAnnexIsPrintReadyOnA4LandscapeOnePageWideWithItsHeadingsOnEveryPageAndVietnameseNumberFormats()
    {
        replica.ConnectionString(TestWarehouse.DuckDb);

        var result = CliRunner.Run(replica.Folder, null, "export", "annex", "--province", "84", "--year", "2022", "-o", "print/phu-luc.xlsx");

        Assert.True(result.ExitCode == 0, result.Error);
        using var book = new XLWorkbook(Path.Combine(replica.Folder, "print", "phu-luc.xlsx"));
        var sheet = book.Worksheet(ProvinceAnnex.SheetName);
        var page = sheet.PageSetup;
        Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, page.PageOrientation);
        Assert.Equal((1, 0), (page.PagesWide, page.PagesTall));
        Assert.Equal((5, 6), (page.FirstRowToRepeatAtTop, page.LastRowToRepeatAtTop));
        Assert.Equal((6, 2), (sheet.SheetView.SplitRow, sheet.SheetView.SplitColumn));
        Assert.Equal(3, sheet.Cell(16, 3).Style.NumberFormat.NumberFormatId);
        Assert.Equal(2, sheet.Cell(16, 5).Style.NumberFormat.NumberFormatId);
        Assert.Equal(("Hộ nghèo", "Số hộ", "Tỷ lệ (%)"), (sheet.Cell(5, 4).GetString(), sheet.Cell(6, 4).GetString(), sheet.Cell(6, 5).GetString()));
    }

    [Theory]
    [InlineData("--province 99 --year 2022", "--province 99")]
    [InlineData("--province 84 --year 2025", "--province 86")]
    [InlineData("--province 84 --year 1990", "--year 1990")]
    [InlineData("--province 84 --year hai", "hai")]
    [InlineData("--year 2022", "--province")]
    public void AProvinceOrYearThatIsNotOneIsAUsageErrorNamingIt(string arguments, string named)
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, ["export", "annex", .. arguments.Split(' ')]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.xlsx", SearchOption.AllDirectories));
    }

    [Fact]
    public void AProvinceYearWithNothingLoadedSaysSoInOneLineWritesNothingAndExitsOne()
    {
        using var folder = new ScratchFolder();
        TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path)).Dispose();

        var result = CliRunner.Run(folder.Path, null, "export", "annex", "--province", "84", "--year", "2021");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("2021", result.Error);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.xlsx"));
    }

    [Fact]
    public void WithoutAWarehouseTheAnnexIsExitThreeAndNoneIsCreated()
    {
        using var folder = new ScratchFolder();

        var result = CliRunner.Run(folder.Path, null, "export", "annex", "--province", "84", "--year", "2022");

        Assert.Equal(3, result.ExitCode);
        Assert.False(File.Exists(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path)));
    }

    [Fact]
    public void AnExistingFileIsNeverOverwritten()
    {
        using var folder = new ScratchFolder();
        File.WriteAllText(folder.File("annex-84-2022.xlsx"), "signed copy");

        var result = CliRunner.Run(folder.Path, null, "export", "annex", "--province", "84", "--year", "2022");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("signed copy", File.ReadAllText(folder.File("annex-84-2022.xlsx")));
    }

    [Fact]
    public void FromTheReformTheAnnexListsTheProvincesCommunesByDisplayName()
    {
        using var folder = new ScratchFolder();
        var files = SampleFiles.Write(Path.Combine(folder.Path, "reports"), districts: 1, households: 400, year: 2025, province: "86");
        using (var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path)))
            Assert.Equal(1, TestPipeline.Create(warehouse, Path.Combine(folder.Path, "files")).Ingest([.. files]).Loaded);
        var communes = ReferenceFixture.Load().UnitsFromReform.CommunesOfProvince("86").Select(c => c.Code).Order(StringComparer.Ordinal).ToList();

        var result = CliRunner.Run(folder.Path, null, "export", "annex", "--province", "86", "--year", "2025");

        Assert.Equal((0, "annex-86-2025.xlsx"), (result.ExitCode, result.Output.Trim()));
        using var book = new XLWorkbook(folder.File("annex-86-2025.xlsx"));
        var sheet = book.Worksheet(ProvinceAnnex.SheetName);
        Assert.Equal("Xã, phường, đặc khu", sheet.Cell(5, 2).GetString());
        var names = Enumerable.Range(7, communes.Count).Select(r => sheet.Cell(r, 2).GetString()).ToList();
        Assert.Contains("Phường Trà Vinh", names);
        Assert.All(names, n => Assert.Matches("^(Xã|Phường|Đặc khu) ", n));
        Assert.Equal("Toàn tỉnh", sheet.Cell(7 + communes.Count, 2).GetString());
        Assert.StartsWith("Tỉnh Vĩnh Long (mã tỉnh 86)", sheet.Cell(2, 1).GetString());
    }
}
