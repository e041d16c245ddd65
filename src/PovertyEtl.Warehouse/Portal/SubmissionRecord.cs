namespace PovertyEtl.Warehouse.Portal;

/// <summary>
/// One upload as <c>portal.submission</c> keeps it: who sent it and when, the name it was sent
/// under (text only, never a path), its hash, the report it turned out to be, the verdict, the
/// status at the time it was sent (<c>queued</c>, <c>rejected</c>, <c>duplicate</c>, <c>loaded</c>,
/// <c>failed</c>), and the server-chosen paths of what was kept. <see cref="LoadStatus"/> is the
/// latest <c>etl.file_load</c> status of the file under the name it was placed in the inbox with, when read back.
/// </summary>
public sealed record SubmissionRecord(string SubmissionId, string Login, DateTimeOffset SubmittedAt, string OriginalName, string Sha256,
    string? ReportingUnit, int? Year, string Outcome, string Status, int Errors, int Warnings, string StoredPath, string? AnnotatedPath, string? InboxName)
{
    public string? LoadStatus { get; init; }
}

/// <summary>The latest load attempt of a reporting unit for a year, for the completeness board.</summary>
public sealed record UnitLoad(string ReportingUnit, string Status, int Errors, int Warnings, DateTimeOffset At);

/// <summary>A row of <c>portal.audit</c>: who (a login as typed, never a password), what, how it went, from where.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Login, string Action, string Outcome, string? RemoteAddress, string? Detail);

/// <summary>What <c>/metrics</c> shows: file attempts by status, finished runs' durations, submissions by outcome.</summary>
public sealed record PortalMetrics(IReadOnlyDictionary<string, long> FilesByStatus, IReadOnlyList<TimeSpan> RunDurations,
    IReadOnlyDictionary<string, long> SubmissionsByOutcome);
