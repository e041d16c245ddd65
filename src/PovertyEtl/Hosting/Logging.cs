using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PovertyEtl.Hosting;

/// <summary>
/// Serilog: structured events in rolling daily files under <c>Logging:Path</c> (compact JSON,
/// one event per line), and faults on the console's error stream, which the commands' own
/// output never mixes with. Every event carries the run id and, when set, the file.
/// </summary>
public static class Logging
{
    public static Serilog.Core.Logger Create(IConfiguration configuration, string runId)
    {
        var folder = configuration["Logging:Path"] ?? "logs";
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("RunId", runId)
            .Enrich.WithProperty("Node", Environment.MachineName)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "povertyetl-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true)
            .WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Error, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Level:u3} {Message:lj}{NewLine}")
            .CreateLogger();
    }
}
