using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Accounts;

/// <summary>How an attempt to change an account ended (the <c>users</c> command's exit code and line follow from it).</summary>
public enum AccountChange { Done, UnknownUnit, LoginTaken, EmptyPassword, NoSuchAccount, BadLogin, UnitDoesNotFitRole }

/// <summary>
/// The accounts, as <c>povertyetl users</c> manages them: a login is made for a unit the
/// reference data knows; passwords are hashed here and nowhere else, never logged or echoed.
/// </summary>
public sealed class PortalAccounts(PortalWarehouses warehouses, ReferenceData reference, TimeProvider time)
{
    public const int LongestLogin = 64;

    public Task<AccountChange> AddAsync(string login, string unitCode, AccountRole role, string password, CancellationToken cancellation)
    {
        if (!IsLogin(login)) return Task.FromResult(AccountChange.BadLogin);
        if (AccountUnit.Find(unitCode, reference) is null) return Task.FromResult(AccountChange.UnknownUnit);
        if (role != AccountRole.Officer && unitCode.Length != 2) return Task.FromResult(AccountChange.UnitDoesNotFitRole);
        if (string.IsNullOrEmpty(password)) return Task.FromResult(AccountChange.EmptyPassword);
        var account = new PortalAccount(login, unitCode, role, PasswordHashing.Hash(login, password), Disabled: false, 0, null, time.GetUtcNow());
        return warehouses.UseAsync(async w => await w.AddAccountAsync(account, cancellation) ? AccountChange.Done : AccountChange.LoginTaken, cancellation);
    }

    public Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken cancellation) => warehouses.UseAsync(w => w.AccountsAsync(cancellation), cancellation);

    public Task<AccountChange> DisableAsync(string login, CancellationToken cancellation) =>
        warehouses.UseAsync(async w => await w.DisableAccountAsync(login, cancellation) ? AccountChange.Done : AccountChange.NoSuchAccount, cancellation);

    public Task<AccountChange> SetPasswordAsync(string login, string password, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(AccountChange.EmptyPassword);
        return warehouses.UseAsync(async w => await w.SetPasswordHashAsync(login, PasswordHashing.Hash(login, password), cancellation)
            ? AccountChange.Done : AccountChange.NoSuchAccount, cancellation);
    }

    /// <summary>Letters, digits, <c>.</c>, <c>_</c>, <c>-</c>, <c>@</c>: a login is shown on pages and written in logs.</summary>
    public static bool IsLogin(string login) =>
        login.Length is > 0 and <= LongestLogin && login.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}
