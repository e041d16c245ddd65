using Npgsql;

namespace PovertyEtl.Bench;

/// <summary>
/// The PostgreSQL the benchmark measures against: <c>POVERTYETL_BENCH_POSTGRES</c>, an admin
/// connection string; each measurement gets a new database of its own.
/// </summary>
public static class BenchPostgres
{
    public static string? Admin => Environment.GetEnvironmentVariable("POVERTYETL_BENCH_POSTGRES") is { Length: > 0 } value ? value : null;

    public static string CreateDatabase()
    {
        var admin = Admin ?? throw new InvalidOperationException("set POVERTYETL_BENCH_POSTGRES to measure PostgreSQL");
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}
