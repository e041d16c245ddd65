using System.Globalization;
using PovertyEtl.Hosting.Settings;
using Serilog;
using Serilog.Events;
using Serilog.Filters;
using Serilog.Formatting.Compact;

namespace PovertyEtl.Hosting;

/// <summary>
/// Serilog: structured events in rolling daily files under <c>Logging:Path</c> (compact JSON,
/// one event per line), faults on the console's error stream (which the commands' own output
/// never mixes with), and the events marked <see cref="ConsoleLine"/> there too (the worker's one
/// line per run, for journald). A log folder that cannot be written, or a file sink that fails
/// later (a full disk), falls back to the error stream: never silence. Every event carries the
/// run id and, when set, the file.
/// </summary>
public static class Logging
{
    /// <summary>A property that sends an Information event to the console as well.</summary>
    public const string ConsoleLine = "ConsoleLine";

    /// <summary>A property that keeps an error off the console: its one line for the user was already written.</summary>
    public const string FileOnly = "FileOnly";

    /// <summary>Where the log files of this process go (named in the one line a fault prints).</summary>
    public static string Folder { get; private set; } = new LoggingOptions().Path;

    public static Serilog.Core.Logger Create(LoggingOptions options, string runId)
    {
        Folder = Path.GetFullPath(options.Path);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("RunId", runId)
            .Enrich.WithProperty("Node", Environment.MachineName)
            .WriteTo.Logger(console => console
                .Filter.ByIncludingOnly(e => (e.Level >= LogEventLevel.Error && !Matching.WithProperty(FileOnly)(e)) || Matching.WithProperty(ConsoleLine)(e))
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "{Level:u3} {Message:lj}{NewLine}"));
        var problem = FolderProblem(Folder);
        if (problem is null)
        {
            configuration.WriteTo.FallbackChain(
                file => file.File(new CompactJsonFormatter(), Path.Combine(Folder, "povertyetl-.json"),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true),
                stderr => stderr.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose, outputTemplate: "LOG {Level:u3} {Message:lj}{NewLine}{Exception}"));
            return configuration.CreateLogger();
        }
        var logger = configuration
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, restrictedToMinimumLevel: LogEventLevel.Warning, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "LOG {Level:u3} {Message:lj}{NewLine}")
            .CreateLogger();
        logger.Warning("Logging:Path {Folder} cannot be written ({Problem}): logging to the error stream", Folder, problem);
        return logger;
    }

    /// <summary>Why a folder cannot take files (created if missing), or null when it can.</summary>
    public static string? FolderProblem(string folder)
    {
        try
        {
            if (File.Exists(folder)) return "it is a file, not a folder";
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }
}
