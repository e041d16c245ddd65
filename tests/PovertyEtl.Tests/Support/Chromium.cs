using Xunit;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c>, the one browser the page tests drive (Playwright never downloads one of
/// its own here): found at <see cref="ExecutablePath"/>, else installed once per test run with
/// apt-get when this process may (root), as <see cref="PostgresServer"/> does for PostgreSQL.
/// In CI (<c>CI=true</c>) a browser that cannot be had fails the page tests; elsewhere they are
/// skipped, saying why, so a developer without root still runs the rest.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<bool> Present =
        new(() => DebianPackage.Ensure("chromium", () => File.Exists(ExecutablePath)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The browser's path; a failure in CI, a skip elsewhere, when there is none.</summary>
    public static string Require()
    {
        if (Present.Value) return ExecutablePath;
        var reason = $"the page tests need Debian's chromium at {ExecutablePath}; it is missing and "
                     + (DebianPackage.MayInstall ? "apt-get install chromium failed" : "only root can install it (apt-get install chromium)");
        if (InCi) throw new InvalidOperationException(reason);
        throw new SkipException(reason);
    }
}
