using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Accounts;

/// <summary>How a sign-in ended; <see cref="LockedOut"/> says nothing of whether the password was right.</summary>
public enum SignInOutcome { SignedIn, Refused, LockedOut }

/// <summary>
/// Checks a login and password, for the sign-in form and for HTTP Basic alike: five failures in a
/// row lock the account for fifteen minutes (kept in the warehouse, so a restart does not lift
/// it), and every attempt, good or bad, is written to the audit trail (never the password).
/// </summary>
public sealed class SignIns(TimeProvider time)
{
    public const int FailuresBeforeLockOut = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    public async Task<(SignInOutcome Outcome, PortalAccount? Account)> CheckAsync(IPortalStore store, string login, string password, string? remote,
        string action, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var account = PortalAccounts.IsLogin(login) ? await store.FindAccountAsync(login, cancellation) : null;
        SignInOutcome outcome;
        if (account is null) outcome = SignInOutcome.Refused;
        else if (account.LockedUntil is { } until && until > now) outcome = SignInOutcome.LockedOut;
        else if (PasswordHashing.Verify(account, password)) outcome = SignInOutcome.SignedIn;
        else
        {
            outcome = SignInOutcome.Refused;
            var lockNow = account.FailedSignIns + 1 >= FailuresBeforeLockOut;
            await store.RecordFailedSignInAsync(account.Login, lockNow ? now + LockOut : null, cancellation);
            if (lockNow) outcome = SignInOutcome.LockedOut;
        }
        if (outcome == SignInOutcome.SignedIn && account!.FailedSignIns > 0) await store.RecordGoodSignInAsync(account.Login, cancellation);
        // The login as typed is kept only when it could be one: whatever else someone typed there may be a password.
        await store.AuditAsync(new AuditEntry(now, PortalAccounts.IsLogin(login) ? login : "?", action, OutcomeCode(outcome), remote, null), cancellation);
        return (outcome, outcome == SignInOutcome.SignedIn ? account : null);
    }

    private static string OutcomeCode(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.SignedIn => "ok",
        SignInOutcome.LockedOut => "locked_out",
        _ => "refused",
    };
}
