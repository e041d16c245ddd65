namespace PovertyEtl.Pipeline.Ingestion;

/// <summary>A committed load: its id, the load it superseded (if any) and the fact rows it brought.</summary>
public sealed record LoadedFile(long LoadId, long? SupersededLoadId, long RowsLoaded);
