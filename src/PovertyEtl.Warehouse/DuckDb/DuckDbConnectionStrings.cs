namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>How the DuckDB file is opened: for loading, or for reading only (<c>status</c>, <c>sql</c>).</summary>
internal static class DuckDbConnectionStrings
{
    public static string ForLoading(string path) => $"Data Source={path}";

    /// <summary>
    /// Read-only, and nothing but the file: no other file read or written (COPY, read_text, ATTACH),
    /// no extension installed or loaded, and the settings locked so that no statement undoes this.
    /// DuckDB.NET hands keys it does not know to DuckDB's configuration at open.
    /// </summary>
    public static string ForReading(string path) =>
        $"Data Source={path};ACCESS_MODE=READ_ONLY;enable_external_access=false;autoinstall_known_extensions=false;" +
        "autoload_known_extensions=false;allow_community_extensions=false;lock_configuration=true";
}
