using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace PovertyEtl.Tests.Deploy;

/// <summary>The systemd unit as an operator installs it: hardened (exposure under 5), a configuration error not restarted forever.</summary>
public sealed class ServiceUnitTests
{
    private static readonly string Unit = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "deploy", "povertyetl.service"));

    [Fact]
    public void TheUnitScoresUnder5InSystemdsSecurityAnalysis()
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        Assert.True(analyze is not null, "systemd-analyze (Debian's systemd package) is needed to check the unit");
        var start = new ProcessStartInfo(analyze!, ["security", "--offline=true", Unit]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        var exposure = Regex.Match(output, @"Overall exposure level for [^:]+: (\d+\.\d+)");
        Assert.True(exposure.Success, output);
        Assert.True(decimal.Parse(exposure.Groups[1].Value, CultureInfo.InvariantCulture) < 5m, output);
    }

    [Fact]
    public void AConfigurationErrorIsNotRestartedAndAMissingEnvironmentFileIsNotIgnored()
    {
        var lines = File.ReadAllLines(Unit).Select(l => l.Trim()).ToList();

        Assert.Contains("RestartPreventExitStatus=2", lines);
        Assert.Contains(lines, l => l.StartsWith("StartLimitBurst=", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("EnvironmentFile=/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("EnvironmentFile=-", StringComparison.Ordinal));
        Assert.Contains("UMask=0027", lines);
    }
}
