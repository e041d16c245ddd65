namespace PovertyEtl.Ingestion;

/// <summary>
/// A file of a shared run (<see cref="SharedRun"/>) as its commit needs it: the leader's run id,
/// which every part shares, and the file's place in the inbox, which decides which of two files
/// of a reporting unit and year stays current whichever node commits last.
/// </summary>
public sealed record SharedRunPlace(string SharedRunId, InboxPlace Place);
