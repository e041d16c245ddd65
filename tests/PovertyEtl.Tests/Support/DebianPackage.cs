namespace PovertyEtl.Tests.Support;

/// <summary>
/// A Debian package a test needs (PostgreSQL's server, chromium), installed with <c>apt-get</c> when
/// it is missing and this process may install (Linux, root, apt-get present); otherwise nothing is
/// tried and the caller decides what a missing tool means.
/// </summary>
internal static class DebianPackage
{
    private const string AptGet = "/usr/bin/apt-get";

    // Two test classes may need two packages at once: dpkg takes one install at a time, so each waits for the other.
    private static readonly Lock Gate = new();

    public static bool MayInstall => OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists(AptGet);

    /// <summary>Installs <paramref name="package"/> unless <paramref name="present"/> already holds; whether it holds afterwards.</summary>
    public static bool Ensure(string package, Func<bool> present)
    {
        if (present()) return true;
        if (!MayInstall) return false;
        lock (Gate)
        {
            if (present()) return true;
            Install(package);
            if (present()) return true;
            // A fresh machine has no package lists yet, or old ones naming versions the mirror no longer has.
            PostgresServer.Run(AptGet, ["update", "-q", .. WaitForLock], tolerateFailure: true);
            Install(package);
            return present();
        }
    }

    private static void Install(string package) =>
        PostgresServer.Run(AptGet, ["install", "-y", "-q", .. WaitForLock, package],
            environment: new() { ["DEBIAN_FRONTEND"] = "noninteractive" }, tolerateFailure: true);

    /// <summary>Another process (an operator, another test run) may hold dpkg's lock: wait for it rather than fail at once.</summary>
    private static readonly string[] WaitForLock = ["-o", "DPkg::Lock::Timeout=300"];
}
