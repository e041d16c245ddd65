using System.Diagnostics;
using System.Globalization;

namespace PovertyEtl.Bench;

/// <summary>One timed piece of work, run in a fresh process so that its peak memory is its own.</summary>
public sealed record Measurement(string Name, double Seconds, long Rows, double PeakMegabytes)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;

    public string ToLine() => string.Join(' ', Name, Seconds.ToString("R", CultureInfo.InvariantCulture), Rows,
        PeakMegabytes.ToString("R", CultureInfo.InvariantCulture));

    public static Measurement Parse(string line)
    {
        var parts = line.Trim().Split(' ');
        return new Measurement(parts[0], double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    /// <summary>The process's resident-set high-water mark (Linux <c>VmHWM</c>), in MB.</summary>
    public static double PeakMegabytesOfThisProcess()
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
