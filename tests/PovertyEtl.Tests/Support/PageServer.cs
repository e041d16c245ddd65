using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PovertyEtl.Tests.Support;

/// <summary>A portal account the server is started with (made through <c>users add … --password-stdin</c>).</summary>
public sealed record PortalAccount(string Login, string Unit, string Role, string Password = "mat-khau-thu-nghiem-1")
{
    public static PortalAccount Officer(string login, string unit) => new(login, unit, "officer");

    public static PortalAccount Province(string login, string unit) => new(login, unit, "province");
}

/// <summary>
/// The real <c>povertyetl serve</c> in a child process on a free loopback port, with a warehouse
/// (a DuckDB file of its own unless a PostgreSQL connection string is given) and inbox, archive and
/// rejected folders in a scratch folder, its accounts made through the command line before it
/// starts. Ready once <c>/healthz</c> answers; stopped with SIGTERM and its folder removed on dispose.
/// </summary>
public sealed class PageServer : IDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(90);
    private readonly ScratchFolder _folder;
    private readonly WorkerProcess _process;

    private PageServer(ScratchFolder folder, Dictionary<string, string> environment, string url, WorkerProcess process)
    {
        _folder = folder;
        Environment = environment;
        Url = url;
        _process = process;
    }

    /// <summary>The site's root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; }

    /// <summary>The settings the server runs with: a command run with them works on the same warehouse and folders.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public string Inbox => Environment["POVERTYETL__Ingestion__InboxPath"];

    public string Rejected => Environment["POVERTYETL__Ingestion__RejectedPath"];

    /// <summary>What the server wrote to its console, for a failing test's message.</summary>
    public string Output => _process.Output;

    /// <param name="accounts">made before the server starts</param>
    /// <param name="warehouse">a PostgreSQL connection string; null for a DuckDB file in the server's folder</param>
    /// <param name="settings">more <c>POVERTYETL__Section__Key</c> variables (e.g. <c>POVERTYETL__Portal__MaxUploadMegabytes</c>)</param>
    public static PageServer Start(IEnumerable<PortalAccount> accounts, string? warehouse = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = new ScratchFolder();
        var environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Warehouse__ConnectionString"] = warehouse ?? folder.File("warehouse.duckdb"),
            ["POVERTYETL__Ingestion__InboxPath"] = folder.File("inbox"),
            ["POVERTYETL__Ingestion__ArchivePath"] = folder.File("archive"),
            ["POVERTYETL__Ingestion__RejectedPath"] = folder.File("rejected"),
            ["POVERTYETL__Ingestion__StableSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        try
        {
            foreach (var account in accounts) AddAccount(folder.Path, environment, account);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
        var url = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
        var server = new PageServer(folder, environment, url, WorkerProcess.StartCommand(folder.Path, environment, "serve", "--urls", url));
        try
        {
            server.WaitUntilHealthy();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Any command on the server's warehouse and folders (<c>ingest</c>: the nightly run).</summary>
    public CliResult Run(params string[] arguments) => CliRunner.Run(_folder.Path, Environment, arguments);

    /// <summary>An API client signed in with HTTP Basic as <paramref name="account"/>, or anonymous.</summary>
    public HttpClient Api(PortalAccount? account = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromMinutes(5) };
        if (account is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.Login}:{account.Password}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
        return client;
    }

    /// <summary>The files waiting in the inbox (what the portal placed there for the next run).</summary>
    public IReadOnlyList<string> InboxFiles() =>
        Directory.Exists(Inbox) ? Directory.GetFiles(Inbox, "*", SearchOption.TopDirectoryOnly) : [];

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Terminate(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // Disposing the process below kills it: a server that will not stop must not outlive the tests.
        }
        _process.Dispose();
        _folder.Dispose();
    }

    private static void AddAccount(string folder, IReadOnlyDictionary<string, string> environment, PortalAccount account)
    {
        var result = CliRunner.RunWithInput(folder, environment, account.Password + "\n",
            "users", "add", account.Login, "--unit", account.Unit, "--role", account.Role, "--password-stdin");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"users add {account.Login} exited {result.ExitCode}: {result.Output}{result.Error}");
    }

    private void WaitUntilHealthy()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(5) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < StartPatience)
        {
            if (_process.HasExited) throw new InvalidOperationException($"povertyetl serve exited before answering:\n{Output}");
            try
            {
                using var answer = client.GetAsync(new Uri("/healthz", UriKind.Relative)).GetAwaiter().GetResult();
                if (answer.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException($"povertyetl serve did not answer /healthz within {StartPatience}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
