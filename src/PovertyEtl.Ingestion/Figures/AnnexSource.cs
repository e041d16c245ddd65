namespace PovertyEtl.Ingestion.Figures;

/// <summary>A load an annex's figures came from: its <c>etl.file_load</c> id, file and when it was committed.</summary>
public sealed record AnnexSource(long LoadId, string FileName, DateTimeOffset? LoadedAt);
