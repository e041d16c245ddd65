using Npgsql;

namespace PovertyEtl.Bench;

/// <summary>
/// The CPU time of the bench's PostgreSQL server, when it runs on this machine: the postmaster
/// (the parent of the bench's own backend) with every child it has reaped, plus its live
/// children (backends, WAL writer, checkpointer…). A backend that ends between two samples is
/// counted once: alive in the first, reaped into the postmaster's children time in the second.
/// </summary>
public sealed class PostgresCpu
{
    private readonly int _postmaster;

    private PostgresCpu(int postmaster) => _postmaster = postmaster;

    /// <summary>The server behind <paramref name="connectionString"/>, or null when it is not a process this bench can read (another machine, another container).</summary>
    public static PostgresCpu? Find(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)command.ExecuteScalar()!;
        if (ProcStat.Name(backend) != "postgres" || ProcStat.Parent(backend) is not { } postmaster || ProcStat.Name(postmaster) != "postgres") return null;
        return new PostgresCpu(postmaster);
    }

    public double CpuSeconds()
    {
        var seconds = ProcStat.CpuSeconds(_postmaster, includeReapedChildren: true);
        foreach (var child in ProcStat.Children(_postmaster))
        {
            try
            {
                seconds += ProcStat.CpuSeconds(child, includeReapedChildren: true);
            }
            catch (InvalidOperationException)
            {
                // Ended since it was listed: its time is in the postmaster's reaped-children figure from now on.
            }
        }
        return seconds;
    }

    /// <summary>The server's write-ahead log position, in bytes: the difference of two is the WAL written between them.</summary>
    public static long WalBytes(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", connection);
        return (long)command.ExecuteScalar()!;
    }
}
