namespace PovertyEtl.Ingestion;

/// <summary>The <c>Ingestion</c> section of the configuration.</summary>
public sealed record IngestionOptions
{
    public string InboxPath { get; init; } = "data/inbox";
    public string ArchivePath { get; init; } = "data/archive";
    public string RejectedPath { get; init; } = "data/rejected";

    /// <summary>How long an inbox file must stay unchanged before it is taken (it may still be being copied).</summary>
    public int StableSeconds { get; init; } = 10;
}
