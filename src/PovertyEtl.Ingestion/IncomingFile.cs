namespace PovertyEtl.Ingestion;

/// <summary>A file to ingest, and whether it came from the inbox (moved when done) or the command line (copied, never moved).</summary>
public sealed record IncomingFile(string Path, bool FromInbox);
