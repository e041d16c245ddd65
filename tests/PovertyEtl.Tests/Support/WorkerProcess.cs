using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace PovertyEtl.Tests.Support;

/// <summary>A real <c>povertyetl worker</c> process: started with its environment, stopped with SIGTERM as systemd does, or killed with SIGKILL.</summary>
public sealed partial class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static WorkerProcess Start(string folder, IReadOnlyDictionary<string, string> environment) =>
        new(CliRunner.Start(folder, environment, "worker"));

    /// <summary>Any command as a long-running process, to be stopped as a user does (<see cref="Interrupt"/>).</summary>
    public static WorkerProcess StartCommand(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        new(CliRunner.Start(folder, environment, arguments));

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGTERM, then the time the process took to exit and its exit code.</summary>
    public (TimeSpan Took, int ExitCode) Terminate(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        if (!_process.HasExited) SendSignal(_process.Id, 15);
        if (!_process.WaitForExit(patience)) throw new TimeoutException($"the worker did not stop within {patience}:\n{Output}");
        _process.WaitForExit();
        return (clock.Elapsed, _process.ExitCode);
    }

    /// <summary>SIGINT, as Ctrl+C on a terminal; then the exit code.</summary>
    public int Interrupt(TimeSpan patience)
    {
        if (!_process.HasExited) SendSignal(_process.Id, 2);
        if (!_process.WaitForExit(patience)) throw new TimeoutException($"the process did not stop within {patience}:\n{Output}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no chance to clean up, as a power cut.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private static void SendSignal(int pid, int signal)
    {
        if (kill(pid, signal) != 0) throw new InvalidOperationException($"kill({pid}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
