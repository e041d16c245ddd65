namespace PovertyEtl.Ingestion;

/// <summary>The <c>Ingestion</c> section of the configuration.</summary>
public sealed record IngestionOptions
{
    public string InboxPath { get; init; } = "data/inbox";
    public string ArchivePath { get; init; } = "data/archive";
    public string RejectedPath { get; init; } = "data/rejected";

    /// <summary>How long an inbox file must stay unchanged before it is taken (it may still be being copied).</summary>
    public int StableSeconds { get; init; } = 10;

    /// <summary>
    /// How many files of a run are read and validated at once (the one being committed and those
    /// read ahead of it); commits stay one at a time, in run order. 1 reads one file after another.
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The most files read at once: each holds an open workbook and up to a few thousand households.</summary>
    public const int MaxParallelism = 64;
}
