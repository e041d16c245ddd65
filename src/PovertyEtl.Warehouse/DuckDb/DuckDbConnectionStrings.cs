namespace PovertyEtl.Warehouse.DuckDb;

/// <summary>How the DuckDB file is opened: for loading, or for reading only (<c>status</c>, <c>sql</c>).</summary>
internal static class DuckDbConnectionStrings
{
    /// <summary>
    /// DuckDB's own memory (its buffer cache and the work of queries) when the file is opened for
    /// loading, in MiB. Left alone, DuckDB may take 80 % of the machine and its cache grows with the
    /// warehouse (357 MB peak for a national year); capped, its cache no longer grows with the
    /// warehouse (a national year peaks at 329 MB, the rest being DuckDB's allocator and .NET; a
    /// 64 MiB cap gives the same peak: README "Benchmark"). What goes beyond is written to
    /// DuckDB's temporary folder beside the file (<c>warehouse.duckdb.tmp</c>), emptied and removed
    /// when the file is closed. <c>status</c> and <c>sql</c> open the file read-only, without it.
    /// </summary>
    public const int LoadingMemoryLimitMegabytes = 96;

    /// <summary>
    /// For loading, DuckDB also runs on one thread: a load is many small statements (a file's
    /// appends, its checks, its commit), too small to share out, and with worker threads the calling
    /// thread polled for their tasks; one thread cost about 10 % less CPU over 150 national files.
    /// The pipeline's own readers use the other cores.
    /// </summary>
    public static string ForLoading(string path) => $"Data Source={path};memory_limit={LoadingMemoryLimitMegabytes}MiB;threads=1";

    /// <summary>
    /// Read-only, and nothing but the file: no other file read or written (COPY, read_text, ATTACH),
    /// no extension installed or loaded, and the settings locked so that no statement undoes this.
    /// DuckDB.NET hands keys it does not know to DuckDB's configuration at open.
    /// </summary>
    public static string ForReading(string path) =>
        $"Data Source={path};ACCESS_MODE=READ_ONLY;enable_external_access=false;autoinstall_known_extensions=false;" +
        "autoload_known_extensions=false;allow_community_extensions=false;lock_configuration=true";
}
