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

        foreach (var (title, rows) in actual) Assert.True(Expected.TryGetValue(title, out var expected) && expected.SequenceEqual(rows),
            $"{title}:\n{string.Join("\n", rows.Select(r => $"\"{r}\","))}");
    }
}
