namespace PovertyEtl.Warehouse.Portal;

/// <summary>An officer submits for its unit; a province account sees its province's units; an admin too, and manages nothing more over the web.</summary>
public enum AccountRole { Officer, Province, Admin }

/// <summary>The words contracts.md gives the roles (<c>users add --role</c>, <c>portal.account.role</c>): the only place that spells them.</summary>
public static class AccountRoleCodes
{
    public static string Code(this AccountRole role) => role switch
    {
        AccountRole.Officer => "officer",
        AccountRole.Province => "province",
        AccountRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static AccountRole? FromCode(string code) => code switch
    {
        "officer" => AccountRole.Officer,
        "province" => AccountRole.Province,
        "admin" => AccountRole.Admin,
        _ => null,
    };
}
