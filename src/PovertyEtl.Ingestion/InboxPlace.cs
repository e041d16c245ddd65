namespace PovertyEtl.Ingestion;

/// <summary>
/// Where a file sits in the inbox's order: its last-write time there, then its name (ordinal).
/// The <see cref="Inbox"/> hands files out in this order, and within one shared run of a cluster
/// it is also the order of supersedes: of two files of a reporting unit and year, the later in
/// this order is the one that stays current, whichever node commits last. The time is kept to
/// the microsecond, as both engines store it, so that the order read back is the order listed.
/// </summary>
public readonly record struct InboxPlace : IComparable<InboxPlace>
{
    public InboxPlace(DateTimeOffset writtenAt, string name)
    {
        WrittenAt = new DateTimeOffset(writtenAt.UtcTicks - writtenAt.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
        Name = name;
    }

    public DateTimeOffset WrittenAt { get; }

    public string Name { get; }

    public int CompareTo(InboxPlace other)
    {
        var byTime = WrittenAt.CompareTo(other.WrittenAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(Name, other.Name);
    }

    public static bool operator <(InboxPlace left, InboxPlace right) => left.CompareTo(right) < 0;
    public static bool operator >(InboxPlace left, InboxPlace right) => left.CompareTo(right) > 0;
    public static bool operator <=(InboxPlace left, InboxPlace right) => left.CompareTo(right) <= 0;
    public static bool operator >=(InboxPlace left, InboxPlace right) => left.CompareTo(right) >= 0;
}
