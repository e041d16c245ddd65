using System.Diagnostics;
using System.Globalization;

namespace PovertyEtl.Bench;

/// <summary>Linux <c>/proc/&lt;pid&gt;/stat</c>: a process's parent and the CPU time it (and the children it reaped) used.</summary>
public static class ProcStat
{
    private static readonly Lazy<double> TicksPerSecond = new(ClockTicks);

    /// <summary>User plus system seconds; with <paramref name="includeReapedChildren"/>, those of its children that have exited and been waited for too.</summary>
    public static double CpuSeconds(int pid, bool includeReapedChildren)
    {
        var fields = Fields(pid) ?? throw new InvalidOperationException($"process {pid} is gone");
        var ticks = Ticks(fields, 11) + Ticks(fields, 12) + (includeReapedChildren ? Ticks(fields, 13) + Ticks(fields, 14) : 0);
        return ticks / TicksPerSecond.Value;
    }

    public static int? Parent(int pid) => Fields(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    public static string? Name(int pid) => File.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/comm")
        ? File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/comm").Trim()
        : null;

    /// <summary>The live children of <paramref name="pid"/>.</summary>
    public static IEnumerable<int> Children(int pid) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var child) ? child : 0)
            .Where(child => child > 0 && Parent(child) == pid);

    /// <summary>The fields after the command name (which may hold spaces): [0] is the state, [1] the parent, [11..14] utime, stime, cutime, cstime.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Ticks(string[] fields, int at) => long.Parse(fields[at], CultureInfo.InvariantCulture);

    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", ["CLK_TCK"]) { RedirectStandardOutput = true })!;
            var answer = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.TryParse(answer, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}
