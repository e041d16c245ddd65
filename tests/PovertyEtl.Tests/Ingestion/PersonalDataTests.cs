using Xunit;
using ClosedXML.Excel;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Ingestion;

/// <summary>Names never reach the warehouse; ID numbers only as HMAC-SHA-256 with the configured key, and not at all without one.</summary>
public sealed class PersonalDataTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void NoNameIsStoredAndIdNumbersOnlyAsKeyedHashes(string engine)
    {
        using var folder = new ScratchFolder();
        var file = TidyReport.Create().SaveTo(folder.Path);
        var names = PersonalTexts(file);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path, idHashKey: "khoa-bi-mat").Ingest(file);

        var stored = warehouse.QueryReadOnly("SELECT household_code, id_hash, area, change_code FROM dw.fact_household_year").Rows;
        Assert.NotEmpty(stored);
        var texts = stored.SelectMany(r => r).OfType<string>()
            .Concat(warehouse.QueryReadOnly("SELECT message FROM etl.finding").Rows.Select(r => (string)r[0]!))
            .Concat(warehouse.QueryReadOnly("SELECT file_name FROM etl.file_load").Rows.Select(r => (string)r[0]!))
            .ToList();
        Assert.DoesNotContain(texts, t => names.Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase)));
        Assert.All(stored.Where(r => r[1] is not null), r => Assert.Matches("^[0-9a-f]{64}$", (string)r[1]!));
        Assert.Contains(stored, r => r[1] is not null);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void WithoutAKeyNoIdNumberIsStoredAtAll(string engine)
    {
        using var folder = new ScratchFolder();
        var file = TidyReport.Create().SaveTo(folder.Path);
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        TestPipeline.Create(warehouse, folder.Path, idHashKey: null).Ingest(file);

        Assert.True(warehouse.Count("SELECT count(*) FROM dw.fact_household_year") > 0);
        Assert.Equal(0, warehouse.Count("SELECT count(*) FROM dw.fact_household_year WHERE id_hash IS NOT NULL"));
    }

    /// <summary>The names and ID numbers written in the report (head of household, preparer).</summary>
    private static IReadOnlyList<string> PersonalTexts(string file)
    {
        using var workbook = new XLWorkbook(file);
        var household = workbook.Worksheet(TidyReport.DanhSachHo);
        var texts = household.Column(3).CellsUsed().Skip(1).Select(c => c.GetString())
            .Concat(household.Column(4).CellsUsed().Skip(1).Select(c => c.GetString()))
            .Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(texts);
        return texts;
    }
}
