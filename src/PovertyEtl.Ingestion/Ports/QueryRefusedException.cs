namespace PovertyEtl.Ingestion.Ports;

/// <summary>
/// A statement <see cref="IReadOnlyQueries"/> would not run, or stopped, because it would do more
/// than read the warehouse: a write, several statements, a file or extension outside the
/// warehouse, a change of role. Nothing was changed. The message says which, in one line.
/// </summary>
public sealed class QueryRefusedException(string reason, Exception? inner = null) : Exception(reason, inner);
