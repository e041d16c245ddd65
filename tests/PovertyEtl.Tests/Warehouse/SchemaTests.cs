using Xunit;
using Npgsql;
using PovertyEtl.Tests.Support;

namespace PovertyEtl.Tests.Warehouse;

/// <summary>What BI tools see of the schema: commented views on both engines, the same dates on both; on PostgreSQL a role that reads the mart only.</summary>
public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void EveryMartViewAndEveryColumnCarriesAVietnameseAndEnglishComment(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));
        var (views, columns) = engine == TestWarehouse.DuckDb
            ? ("SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'mart'",
               "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'mart'")
            : ("SELECT c.relname, obj_description(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'mart' AND c.relkind = 'v'",
               "SELECT c.relname, a.attname, col_description(c.oid, a.attnum) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
               "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 WHERE n.nspname = 'mart' AND c.relkind = 'v'");

        var viewRows = warehouse.QueryReadOnly(views).Rows;
        var columnRows = warehouse.QueryReadOnly(columns).Rows;

        Assert.Equal(["deprivation_commune_year", "deprivation_count_commune_year", "deprivation_dimension_commune_year", "ethnicity_commune_year", "poverty_commune_series", "poverty_commune_year", "poverty_district_year",
                "poverty_province_series", "support_commune_year"],
            viewRows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.All(viewRows.Concat(columnRows), r => Assert.Matches(" / ", r[^1] as string ?? ""));
        // The contract's 23 columns, then 8 added at the end (types, display names, near-poor with no labour, persons).
        Assert.Equal(31, columnRows.Count(r => (string)r[0]! == "poverty_commune_year"));
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void TheUnitsInForceEndOn9999_12_31AsTheViewsExpectNotOnInfinity(string engine)
    {
        using var folder = new ScratchFolder();
        using var warehouse = TestWarehouse.OpenReady(TestWarehouse.ConnectionString(engine, folder.Path));

        // Npgsql would write DateOnly.MaxValue as 'infinity', which no view's DATE '9999-12-31' matches.
        Assert.Equal(ReferenceFixture.Load().UnitsFromReform.Provinces.Sum(p => ReferenceFixture.Load().UnitsFromReform.CommunesOfProvince(p.Code).Count),
            warehouse.Count("SELECT count(*) FROM dw.dim_geography WHERE geography_key > 0 AND valid_to = DATE '9999-12-31'"));
    }

    [Fact]
    public void TheBiRoleReadsTheMartAndTheLoadHistoryAndNothingElse()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using (TestWarehouse.OpenReady(connectionString)) { }
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        bool Can(string privilege, string table)
        {
            using var command = new NpgsqlCommand($"SELECT has_table_privilege('povertyetl_bi', '{table}', '{privilege}')", connection);
            return (bool)command.ExecuteScalar()!;
        }

        Assert.True(Can("SELECT", "mart.poverty_commune_year"));
        Assert.True(Can("SELECT", "mart.deprivation_commune_year"));
        Assert.True(Can("SELECT", "mart.deprivation_dimension_commune_year"));
        Assert.True(Can("SELECT", "mart.deprivation_count_commune_year"));
        Assert.False(Can("SELECT", "dw.dim_standard"));
        Assert.True(Can("SELECT", "etl.file_load"));
        Assert.False(Can("SELECT", "etl.finding"));
        Assert.False(Can("SELECT", "dw.fact_household_year"));
        Assert.False(Can("INSERT", "etl.file_load"));
    }

    [Fact]
    public void TheBiRoleCannotCreateTemporaryTables()
    {
        var connectionString = PostgresServer.Instance.CreateDatabase();
        using (TestWarehouse.OpenReady(connectionString)) { }
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var asBi = new NpgsqlCommand("SET ROLE povertyetl_bi", connection)) asBi.ExecuteNonQuery();

        using var create = new NpgsqlCommand("CREATE TEMPORARY TABLE probe (i int)", connection);
        var refused = Assert.Throws<PostgresException>(() => create.ExecuteNonQuery());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
