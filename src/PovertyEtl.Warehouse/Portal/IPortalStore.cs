using PovertyEtl.Ingestion.Ports;

namespace PovertyEtl.Warehouse.Portal;

/// <summary>
/// What the submission portal keeps in the warehouse (schema <c>portal</c>): accounts, the
/// submissions and their findings, the audit trail, and what it reads of the load history to
/// follow a queued file and fill its board and metrics. The portal holds no SQL: it asks here.
/// </summary>
public interface IPortalStore
{
    Task<PortalAccount?> FindAccountAsync(string login, CancellationToken cancellation);

    Task<IReadOnlyList<PortalAccount>> AccountsAsync(CancellationToken cancellation);

    /// <summary>False when the login is taken.</summary>
    Task<bool> AddAccountAsync(PortalAccount account, CancellationToken cancellation);

    /// <summary>False when there is no such account.</summary>
    Task<bool> DisableAccountAsync(string login, CancellationToken cancellation);

    /// <summary>Sets a new password hash and lifts a lock-out; false when there is no such account.</summary>
    Task<bool> SetPasswordHashAsync(string login, string passwordHash, CancellationToken cancellation);

    /// <summary>Counts one more failed sign-in, locking the account until <paramref name="lockedUntil"/> when given.</summary>
    Task RecordFailedSignInAsync(string login, DateTimeOffset? lockedUntil, CancellationToken cancellation);

    Task RecordGoodSignInAsync(string login, CancellationToken cancellation);

    Task AddSubmissionAsync(SubmissionRecord submission, IReadOnlyList<Finding> findings, CancellationToken cancellation);

    /// <summary>The submission with its status up to date (followed into <c>etl.file_load</c> while queued).</summary>
    Task<SubmissionRecord?> FindSubmissionAsync(string submissionId, CancellationToken cancellation);

    Task<IReadOnlyList<Finding>> FindingsOfAsync(string submissionId, CancellationToken cancellation);

    /// <summary>The newest first, of these accounts' logins or (when given) of these reporting units.</summary>
    Task<IReadOnlyList<SubmissionRecord>> SubmissionsAsync(string? login, IReadOnlyCollection<string>? reportingUnits, int limit, CancellationToken cancellation);

    /// <summary>The latest load attempt of each of these reporting units for the year (from <c>etl.file_load</c>).</summary>
    Task<IReadOnlyList<UnitLoad>> LatestLoadsAsync(IReadOnlyCollection<string> reportingUnits, int year, CancellationToken cancellation);

    Task AuditAsync(AuditEntry entry, CancellationToken cancellation);

    Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(int limit, CancellationToken cancellation);

    /// <summary>The figures of <c>/metrics</c>.</summary>
    Task<PortalMetrics> MetricsAsync(CancellationToken cancellation);

    /// <summary>Whether the warehouse answers a query at all.</summary>
    Task PingAsync(CancellationToken cancellation);
}

/// <summary>The warehouse a portal request opens: the ports the ingestion pipeline needs, and the portal's own.</summary>
public interface IPortalWarehouse : IWarehouse, IPortalStore;
