using System.Diagnostics;

namespace PovertyEtl.Tests.Support;

/// <summary>What the executable printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the real executable (<c>povertyetl.dll</c>, built beside the tests) in a child process,
/// in a working folder of the test's own, as an operator would.
/// </summary>
public static class CliRunner
{
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "povertyetl.dll");

    public static CliResult Run(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Finish(Launch(workingFolder, environment, input: null, arguments), arguments);

    /// <summary>Runs with <paramref name="input"/> typed on standard input (a password for <c>--password-stdin</c>).</summary>
    public static CliResult RunWithInput(string workingFolder, IReadOnlyDictionary<string, string>? environment, string input, params string[] arguments) =>
        Finish(Launch(workingFolder, environment, input, arguments), arguments);

    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Launch(workingFolder, environment, input: null, arguments);

    private static Process Launch(string workingFolder, IReadOnlyDictionary<string, string>? environment, string? input, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        return process;
    }

    private static CliResult Finish(Process process, string[] arguments)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"povertyetl {string.Join(' ', arguments)} did not finish");
            }
            return new CliResult(process.ExitCode, output.Result, error.Result);
        }
    }
}
