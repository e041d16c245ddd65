using Xunit;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>
/// Every example query of the README runs on both engines, as a BI login would run it (through the
/// read-only path of the <c>sql</c> command), and gives the rows written here, on the warehouse of
/// <see cref="ReadmeWarehouses"/>. The queries are read from README.md itself.
/// </summary>
public sealed class ReadmeQueriesTests(ReadmeWarehouses warehouses) : IClassFixture<ReadmeWarehouses>
{
    /// <summary>The rows each query gives, by its title; cells joined by " | " (<see cref="ReadmeQueries.Cell"/>).</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // Equal shares of the 2022 totals: every district near 1.88 %; the two Duyên Hải stay two rows.
        ["poverty rate by district and year, up to 2024 (districts ended with the reform), by code"] =
        [
            "2024 | 842 | Thành phố Trà Vinh | 1.88 | 3.8",
            "2024 | 844 | Huyện Càng Long | 1.88 | 3.8",
            "2024 | 845 | Huyện Cầu Kè | 1.88 | 3.8",
            "2024 | 846 | Huyện Tiểu Cần | 1.88 | 3.8",
            "2024 | 847 | Huyện Châu Thành | 1.88 | 3.8",
            "2024 | 848 | Huyện Cầu Ngang | 1.88 | 3.8",
            "2024 | 849 | Huyện Trà Cú | 1.88 | 3.8",
            "2024 | 850 | Huyện Duyên Hải | 1.88 | 3.77",
            "2024 | 851 | Thị xã Duyên Hải | 1.87 | 3.77",
        ],
        // 2025 has no districts: one row for the province, named with its type word.
        ["communes under a poverty-rate threshold (here 4 %), as provincial reports count them:"] =
        [
            "2024 | 84 | 842 | Thành phố Trà Vinh | 10 | 10",
            "2024 | 84 | 844 | Huyện Càng Long | 14 | 14",
            "2024 | 84 | 845 | Huyện Cầu Kè | 11 | 11",
            "2024 | 84 | 846 | Huyện Tiểu Cần | 11 | 11",
            "2024 | 84 | 847 | Huyện Châu Thành | 14 | 14",
            "2024 | 84 | 848 | Huyện Cầu Ngang | 15 | 15",
            "2024 | 84 | 849 | Huyện Trà Cú | 17 | 17",
            "2024 | 84 | 850 | Huyện Duyên Hải | 7 | 7",
            "2024 | 84 | 851 | Thị xã Duyên Hải | 7 | 7",
            "2025 | 86 | NULL | Tỉnh Vĩnh Long | 4 | 4",
        ],
        ["a new commune's line from 2016 to today, where it compares"] =
        [
            "2024 | 29242 | Phường Trà Vinh | true | 29239,29242,29245,29251,29260 | 1.88",
            "2025 | 29242 | Phường Trà Vinh | true | 29242 | 2.5",
        ],
        // Giao Long (28807) was formed of Bến Tre communes, which did not report in 2024: not comparable, not listed.
        ["communes whose poverty rate fell most from one year to the next: the same unit both years"] =
        [
            "29467 | Xã Tập Sơn | 2024 | 2025 | 1.88 | 0.8 | 1.08",
            "29461 | Xã Trà Cú | 2024 | 2025 | 1.88 | 1.29 | 0.59",
            "29242 | Phường Trà Vinh | 2024 | 2025 | 1.88 | 2.5 | -0.62",
        ],
        // Vĩnh Long (86) of today had 106 of its 365 old communes reporting in 2024, 4 of its 124 in 2025: no figures.
        ["a province's line in today's units (Vĩnh Long, 86, took in Trà Vinh and Bến Tre): no figures"] =
        [
            "2024 | 86 | Tỉnh Vĩnh Long | 106 | 365 | false | NULL",
            "2025 | 86 | Tỉnh Vĩnh Long | 4 | 124 | false | NULL",
        ],
        ["Khmer share of poor households, by province (of that year's units) and year"] =
        [
            "2024 | 84 | 26.24",
            "2025 | 86 | 50",
        ],
        ["support per poor household, by province, year and program (within one year a code names one unit)"] =
        [
            "2025 | 86 | HEALTH | 1.05",
            "2025 | 86 | HOUSE | 40",
            "2025 | 86 | LOAN | 50",
            "2025 | 86 | TRAIN | 6.25",
        ],
    };

    [Fact]
    public void EveryReadmeQueryHasItsExpectedRowsHere()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), ReadmeQueries.Read().Select(q => q.Title).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public async Task EveryReadmeQueryGivesItsExpectedRows(string engine)
    {
        await using var queries = WarehouseFactory.OpenReadOnlyQueries(warehouses.ConnectionString(engine));
        var actual = new Dictionary<string, string[]>();
        foreach (var query in ReadmeQueries.Read())
        {
            var result = await queries.RunAsync(query.Sql, CancellationToken.None);
            actual[query.Title] = [.. result.Rows.Select(r => string.Join(" | ", r.Select(ReadmeQueries.Cell)))];
        }

        var wrong = actual.Where(a => !(Expected.TryGetValue(a.Key, out var expected) && expected.SequenceEqual(a.Value)))
            .Select(a => $"[\"{a.Key}\"] =\n[\n{string.Join("\n", a.Value.Select(r => $"    \"{r}\","))}\n],").ToList();
        Assert.True(wrong.Count == 0, "README queries whose rows differ:\n" + string.Join("\n", wrong));
    }
}
