using System.Net.Sockets;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Npgsql;

namespace PovertyEtl.Warehouse;

/// <summary>
/// Which faults are worth retrying, decided once, from what the engines say: a PostgreSQL
/// connection lost or refused, an administrator's shutdown, a serialization failure or a
/// deadlock (by SQL state), too many connections; a DuckDB file held by another process
/// (<see cref="WarehouseBusyException"/>) or a DuckDB transaction conflict (by error type).
/// Anything else (a constraint violated, a syntax error, a full disk) fails at once. Never by
/// the text of a message.
/// </summary>
public static class TransientFaults
{
    private static readonly HashSet<string> TransientSqlStates = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections, PostgresErrorCodes.ConnectionException, PostgresErrorCodes.ConnectionDoesNotExist,
        PostgresErrorCodes.ConnectionFailure, PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
        PostgresErrorCodes.SqlServerRejectedEstablishmentOfSqlConnection, PostgresErrorCodes.LockNotAvailable,
    };

    public static bool IsTransient(Exception fault) => fault switch
    {
        PostgresException postgres => TransientSqlStates.Contains(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient,
        DuckDBException duckDb => duckDb.ErrorType == DuckDBErrorType.Transaction,
        WarehouseBusyException => true,
        WarehouseMissingException => false,
        WarehouseUnreachableException unreachable => unreachable.InnerException is null || IsTransient(unreachable.InnerException),
        TimeoutException or SocketException => true,
        _ => fault.InnerException is { } inner && IsTransient(inner),
    };
}
