namespace PovertyEtl.Ingestion;

/// <summary>
/// A committed load: its id, the load it superseded (if any) and the fact rows it brought. Or,
/// when another worker loaded the same bytes while this one was reading them (found under the
/// district-year lock), nothing committed and <see cref="DuplicateOf"/> names that load.
/// </summary>
public sealed record LoadedFile(long LoadId, long? SupersededLoadId, long RowsLoaded, long? DuplicateOf = null)
{
    /// <summary>
    /// Within a shared run of a cluster: the current load of a file later in the inbox, committed
    /// first by another node, which this load did not overtake (it was committed already superseded).
    /// </summary>
    public long? SupersededBy { get; init; }
}
