using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PovertyEtl.Commands;
using PovertyEtl.Domain.Reference;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>What one command invocation runs with: its configuration, its run id and logger, the reference data.</summary>
public sealed class CommandRuntime : IDisposable
{
    private readonly Lazy<ReferenceData> _reference;

    private CommandRuntime(IConfiguration configuration, string runId, Serilog.Core.Logger logger)
    {
        Configuration = configuration;
        RunId = runId;
        Logger = logger;
        _reference = new Lazy<ReferenceData>(() => ReferenceData.Load(ReferenceData.DefaultFolder));
    }

    public IConfiguration Configuration { get; }
    public string RunId { get; }
    public ILogger Logger { get; }
    public ReferenceData Reference => _reference.Value;

    public static CommandRuntime Start(ParseResult parse, string command)
    {
        var configuration = AppConfiguration.Build(parse.GetValue(GlobalOptions.Config), GlobalOptions.Overrides(parse));
        var runId = Guid.NewGuid().ToString("N")[..12];
        var logger = Logging.Create(configuration, runId);
        logger.Information("Command {Command} started", command);
        return new CommandRuntime(configuration, runId, logger);
    }

    public void Dispose() => (Logger as IDisposable)?.Dispose();
}
