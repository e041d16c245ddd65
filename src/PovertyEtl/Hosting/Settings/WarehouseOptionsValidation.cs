using Microsoft.Extensions.Options;
using PovertyEtl.Warehouse;
using PovertyEtl.Warehouse.DuckDb;

namespace PovertyEtl.Hosting.Settings;

/// <summary>
/// <c>Warehouse:ConnectionString</c> names a warehouse we can use: a PostgreSQL connection string
/// whose keys Npgsql knows and which names a host, or a DuckDB path that is a DuckDB file or a new
/// <c>.duckdb</c> path. An existing file of another kind (a <c>.json</c>, a folder) is refused
/// rather than silently replaced or opened in memory. The message never repeats the string itself
/// (it may hold a password).
/// </summary>
public sealed class WarehouseOptionsValidation : IValidateOptions<WarehouseOptions>
{
    public ValidateOptionsResult Validate(string? name, WarehouseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString)) return ValidateOptionsResult.Fail("Warehouse:ConnectionString is empty");
        WarehouseLocation location;
        try
        {
            location = WarehouseLocation.Parse(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Warehouse:ConnectionString is not a PostgreSQL connection string Npgsql accepts ({e.Message})");
        }
        return location.Engine == WarehouseEngine.Postgres ? PostgresProblem(options.ConnectionString) : DuckDbProblem(location.ConnectionString);
    }

    private static ValidateOptionsResult PostgresProblem(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Host is { Length: > 0 }
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Warehouse:ConnectionString names no host (Host=server;Database=…;Username=…)");

    private static ValidateOptionsResult DuckDbProblem(string path)
    {
        if (Directory.Exists(path)) return ValidateOptionsResult.Fail($"Warehouse:ConnectionString {path} is a folder, not a DuckDB file");
        if (!File.Exists(path))
            return path.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Warehouse:ConnectionString {path}: a new DuckDB warehouse is a path ending in .duckdb");
        return DuckDbFile.Is(path)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Warehouse:ConnectionString {path} is not a DuckDB file (refused: it would not keep what is loaded)");
    }
}
