namespace PovertyEtl.Ingestion.Files;

/// <summary>What more there is to say of a file's outcome than its status.</summary>
public enum FileNote
{
    None,

    /// <summary>Another process claimed it first (gone from the inbox between listing and claim): that process reports it.</summary>
    TakenByAnotherWorker,

    /// <summary>A symbolic link in the inbox: never followed nor moved, left where it is.</summary>
    NotARegularFile,

    /// <summary>Its outcome is recorded but it could not be moved: it waits in the inbox and the next run places it, without loading it again.</summary>
    PlacementPending,

    /// <summary>As <see cref="PlacementPending"/>, for so many runs that someone must look.</summary>
    PlacementStuck,

    /// <summary>A run before this one recorded it; this run only placed it.</summary>
    PlacedFromEarlierRun,

    /// <summary>It failed the same way on several runs and was moved to the rejected folder, so it stops failing every run.</summary>
    Quarantined,
}
