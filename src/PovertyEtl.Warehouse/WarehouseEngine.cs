namespace PovertyEtl.Warehouse;

public enum WarehouseEngine { DuckDb, Postgres }

/// <summary>
/// Where the warehouse is, from <c>Warehouse:ConnectionString</c>: a PostgreSQL connection string
/// starts with <c>Host=</c>, anything else is a DuckDB file path. <see cref="Description"/> names
/// it for messages without its password.
/// </summary>
public sealed record WarehouseLocation(WarehouseEngine Engine, string ConnectionString, string Description)
{
    public static WarehouseLocation Parse(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(trimmed);
            return new WarehouseLocation(WarehouseEngine.Postgres, trimmed,
                $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (user {builder.Username})");
        }
        var path = Path.GetFullPath(trimmed);
        return new WarehouseLocation(WarehouseEngine.DuckDb, path, $"DuckDB {path}");
    }
}
