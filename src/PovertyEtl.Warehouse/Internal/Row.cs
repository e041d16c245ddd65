using System.Globalization;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// Reads a result row whatever CLR types the engine chose (DuckDB and Npgsql differ on
/// integers and timestamps), so records are built the same way on both.
/// </summary>
internal sealed class Row(IDictionary<string, object?> values)
{
    public static Row Of(object dapperRow) => new((IDictionary<string, object?>)dapperRow);

    public string Text(string name) => Convert.ToString(values[name], CultureInfo.InvariantCulture) ?? string.Empty;
    public string? NullableText(string name) => values[name] is null or DBNull ? null : Text(name);
    public bool Bool(string name) => Convert.ToBoolean(values[name], CultureInfo.InvariantCulture);
    public int Int(string name) => Convert.ToInt32(values[name], CultureInfo.InvariantCulture);
    public int? NullableInt(string name) => values[name] is null or DBNull ? null : Int(name);
    // DuckDB gives sums as HUGEINT (BigInteger), which is not IConvertible.
    public long Long(string name) => values[name] is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(values[name], CultureInfo.InvariantCulture);
    public long? NullableLong(string name) => values[name] is null or DBNull ? null : Long(name);
    public decimal? NullableDecimal(string name) => values[name] is null or DBNull ? null : Convert.ToDecimal(values[name], CultureInfo.InvariantCulture);

    public DateOnly Date(string name) => values[name] switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        var other => throw new InvalidCastException($"{name}: {other?.GetType().Name} is not a date"),
    };

    public DateTimeOffset Time(string name) => values[name] switch
    {
        DateTimeOffset offset => offset,
        DateTime { Kind: DateTimeKind.Unspecified } local => new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Utc)),
        DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime()),
        var other => throw new InvalidCastException($"{name}: {other?.GetType().Name} is not a time"),
    };

    public DateTimeOffset? NullableTime(string name) => values[name] is null or DBNull ? null : Time(name);
}
