using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// A real <c>povertyetl serve</c> process in a folder of its own, on a free port, against a
/// warehouse of either engine, with accounts made by the real <c>users</c> command; ready once
/// <c>/healthz</c> answers 200.
/// </summary>
public sealed class PortalServer : IDisposable
{
    private readonly ScratchFolder _folder = new();
    private readonly WorkerProcess _process;

    /// <param name="besideWorker">Run it as <c>worker --serve</c>: the portal and the scheduled worker in one process.</param>
    public PortalServer(string engine, IReadOnlyDictionary<string, string>? settings = null, bool besideWorker = false)
    {
        Environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Warehouse__ConnectionString"] = TestWarehouse.ConnectionString(engine, _folder.Path),
            ["POVERTYETL__Ingestion__StableSeconds"] = "0",
            ["POVERTYETL__Portal__MaxUploadMegabytes"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) Environment[key] = value;
        AddAccount("cb849", "849", "officer");
        AddAccount("cb842", "842", "officer");
        AddAccount("tinh84", "84", "province");
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var urls = BaseAddress.ToString().TrimEnd('/');
        _process = besideWorker
            ? WorkerProcess.StartCommand(_folder.Path, Environment, "worker", "--serve", "--urls", urls)
            : WorkerProcess.StartCommand(_folder.Path, Environment, "serve", "--urls", urls);
        WaitUntilHealthy();
    }

    public const string Password = "mat-khau-thu-nghiem";

    public Dictionary<string, string> Environment { get; }

    public string Folder => _folder.Path;

    public Uri BaseAddress { get; }

    public string Output => _process.Output;

    public void AddAccount(string login, string unit, string role)
    {
        var result = CliRunner.RunWithInput(_folder.Path, Environment, Password + "\n", "users", "add", login, "--unit", unit, "--role", role, "--password-stdin");
        if (result.ExitCode != 0) throw new InvalidOperationException($"users add {login}: {result.ExitCode} {result.Error}");
    }

    /// <summary>A client signed in with HTTP Basic as <paramref name="login"/>, or anonymous.</summary>
    public HttpClient Client(string? login = null, string password = Password)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (login is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}")));
        return client;
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private void WaitUntilHealthy()
    {
        using var client = Client();
        var giveUp = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < giveUp)
        {
            if (_process.HasExited) throw new InvalidOperationException("serve stopped:\n" + _process.Output);
            try
            {
                if (client.GetAsync("/healthz").Result.StatusCode == HttpStatusCode.OK) return;
            }
            catch (AggregateException e) when (e.InnerException is HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException("serve did not answer /healthz:\n" + _process.Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _process.Dispose();
        _folder.Dispose();
    }
}
