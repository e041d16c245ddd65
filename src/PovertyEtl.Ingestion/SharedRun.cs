namespace PovertyEtl.Ingestion;

/// <summary>
/// A scheduled run the nodes of a cluster share (<c>Scheduler:Clustered=true</c>). The node where
/// the schedule fired leads it (<see cref="LeaderRunId"/> is its own run); every other node that
/// joins runs a part of it under a run id of its own. Each node claims files from the same inbox,
/// so each file goes to exactly one node; when its list is done a node lists the inbox again as
/// the shared run sees it (<see cref="ListInbox"/>: complete as of the leader's start, claims of
/// dead nodes returned first) and takes what it has not tried yet, until a listing gives it
/// nothing new to claim.
/// </summary>
public sealed record SharedRun(string LeaderRunId, Func<IReadOnlyList<IncomingFile>> ListInbox);
