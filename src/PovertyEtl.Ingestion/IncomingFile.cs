namespace PovertyEtl.Ingestion;

/// <summary>
/// A file to ingest, and whether it came from the inbox (moved when done) or the command line
/// (copied, never moved). An inbox file carries its <see cref="Place"/> in the inbox's order.
/// </summary>
public sealed record IncomingFile(string Path, bool FromInbox)
{
    public InboxPlace? Place { get; init; }
}
