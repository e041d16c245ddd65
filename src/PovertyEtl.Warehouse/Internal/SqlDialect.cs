namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// The only two things the engines' shared SQL writes differently, each said where it is written
/// (nothing rewrites SQL text afterwards): how a named parameter is written, and how a column is
/// tested against a list parameter. Npgsql reads <c>@name</c> and takes a list as one array
/// (Dapper does not expand lists for it); DuckDB reads <c>$name</c>, where <c>@name</c> would
/// silently be its absolute-value operator, and Dapper expands a list into <c>($name1, $name2…)</c>.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Postgres = new('@', (column, list) => $"{column} = ANY(@{list})");
    public static readonly SqlDialect DuckDb = new('$', (column, list) => $"{column} IN ${list}");

    private readonly char _prefix;
    private readonly Func<string, string, string> _inList;

    private SqlDialect(char prefix, Func<string, string, string> inList)
    {
        _prefix = prefix;
        _inList = inList;
    }

    /// <summary>The parameter <paramref name="name"/> as the engine reads it.</summary>
    public string this[string name] => _prefix + name;

    /// <summary><paramref name="column"/> is one of the values of the list parameter <paramref name="list"/> (never empty: callers ask for nothing otherwise).</summary>
    public string In(string column, string list) => _inList(column, list);
}
