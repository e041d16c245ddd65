namespace PovertyEtl.Warehouse.Portal;

/// <summary>
/// A portal account: its login, the reporting unit it belongs to (a district's code up to 2024,
/// a province's, or a commune's from 2025), its role, its password as a PBKDF2 hash only, and
/// its lock-out state (failed sign-ins in a row, locked until when).
/// </summary>
public sealed record PortalAccount(string Login, string UnitCode, AccountRole Role, string PasswordHash, bool Disabled, int FailedSignIns,
    DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);
