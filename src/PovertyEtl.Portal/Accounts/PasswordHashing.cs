using Microsoft.AspNetCore.Identity;
using PovertyEtl.Warehouse.Portal;

namespace PovertyEtl.Portal.Accounts;

/// <summary>Passwords as ASP.NET Core Identity keeps them: PBKDF2 with a salt per password; only the hash is ever stored.</summary>
public static class PasswordHashing
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string login, string password) => Hasher.HashPassword(login, password);

    /// <summary>Whether <paramref name="password"/> is the account's; a disabled account never signs in.</summary>
    public static bool Verify(PortalAccount account, string password) =>
        !account.Disabled && Hasher.VerifyHashedPassword(account.Login, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
