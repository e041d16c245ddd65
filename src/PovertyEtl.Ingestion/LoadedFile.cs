namespace PovertyEtl.Ingestion;

/// <summary>
/// A committed load: its id, the load it superseded (if any) and the fact rows it brought. Or,
/// when another worker loaded the same bytes while this one was reading them (found under the
/// district-year lock), nothing committed and <see cref="DuplicateOf"/> names that load.
/// </summary>
public sealed record LoadedFile(long LoadId, long? SupersededLoadId, long RowsLoaded, long? DuplicateOf = null);
