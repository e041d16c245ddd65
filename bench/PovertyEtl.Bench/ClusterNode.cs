using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PovertyEtl.Bench;

/// <summary>
/// One single-core node of the cluster bench: the real <c>povertyetl worker</c> (built beside the
/// bench) started as <c>taskset -c &lt;core&gt; dotnet povertyetl.dll worker</c> with
/// <c>DOTNET_PROCESSOR_COUNT=1</c>, so the process and the runtime both see one core. taskset
/// execs the command, so the process started is the worker itself: its <c>/proc</c> entry gives
/// its CPU time and peak memory. Every node started is remembered until it is stopped, so that a
/// failing or interrupted bench leaves none behind (<see cref="KillAll"/>).
/// </summary>
public sealed partial class ClusterNode : IDisposable
{
    private static readonly List<ClusterNode> Running = [];
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ClusterNode(int number, int core, Process process)
    {
        Number = number;
        Core = core;
        _process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Number { get; }

    public int Core { get; }

    public bool HasExited => _process.HasExited;

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The files this node's runs loaded, from the one line per run it prints (<c>Scheduled run …: N loaded, …</c>, a run of its own or its part of a shared one).</summary>
    public int FilesLoaded => RunLine().Matches(Output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    public static ClusterNode Start(int number, int core, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("taskset")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-c", core.ToString(CultureInfo.InvariantCulture), "dotnet", Path.Combine(AppContext.BaseDirectory, "povertyetl.dll"), "worker" })
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        lock (Running)
        {
            var node = new ClusterNode(number, core, Process.Start(start)!);
            Running.Add(node);
            return node;
        }
    }

    /// <summary>User plus system CPU seconds of the worker so far (<c>/proc/&lt;pid&gt;/stat</c>).</summary>
    public double CpuSeconds => ProcStat.CpuSeconds(_process.Id, includeReapedChildren: false);

    /// <summary>The worker's resident-set high-water mark (<c>VmHWM</c>), in MB, read while it still runs.</summary>
    public double PeakMegabytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    /// <summary>SIGTERM, as systemd stops the service; killed if it has not stopped within 30 s. The exit code.</summary>
    public int Stop()
    {
        if (!_process.HasExited)
        {
            using var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            signal.WaitForExit();
        }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        lock (Running) Running.Remove(this);
        _process.Dispose();
    }

    /// <summary>Every node still running, killed with its process tree: the bench failed or was interrupted.</summary>
    public static void KillAll()
    {
        lock (Running)
        {
            foreach (var node in Running.Where(n => !n._process.HasExited))
            {
                try
                {
                    node._process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Exited between the look and the kill.
                }
            }
        }
    }

    [GeneratedRegex(@"Scheduled run [^:\n]*: (\d+) loaded,")]
    private static partial Regex RunLine();
}
