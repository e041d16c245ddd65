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

    public static CliResult Run(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(workingFolder, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"povertyetl {string.Join(' ', arguments)} did not finish");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>As <see cref="Run"/>, with <paramref name="input"/> written to the command's standard input (then closed).</summary>
    public static CliResult RunWithInput(string workingFolder, IReadOnlyDictionary<string, string>? environment, string input, params string[] arguments)
    {
        using var process = Start(workingFolder, environment, arguments, redirectInput: true);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"povertyetl {string.Join(' ', arguments)} did not finish");
        }
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start(workingFolder, environment, arguments, redirectInput: false);

    private static Process Start(string workingFolder, IReadOnlyDictionary<string, string>? environment, string[] arguments, bool redirectInput)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
        };
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }
}
