namespace PovertyEtl.Commands;

/// <summary>The contract's exit codes, which cron wrappers and scripts act on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int FileRejected = 1;
    public const int UsageError = 2;
    public const int WarehouseUnreachable = 3;
}
