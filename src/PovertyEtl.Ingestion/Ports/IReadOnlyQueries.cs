namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// The one place where a user's own SQL reaches the engine (the <c>sql</c> command): opened apart
/// from the loading warehouse, on a connection that can only read the warehouse and nothing else.
/// A statement it will not run (a write, several statements, a file outside the warehouse, a change
/// of role or setting) is a <c>QueryRefusedException</c>; a statement the engine rejects is the
/// engine's own <see cref="System.Data.Common.DbException"/>.
/// </summary>
public interface IReadOnlyQueries : IAsyncDisposable
{
    /// <summary>Names the warehouse for messages (engine and place, never a password).</summary>
    string Description { get; }

    /// <summary>Runs one read-only statement and returns all its rows.</summary>
    Task<QueryResult> RunAsync(string statement, CancellationToken cancellation);
}
