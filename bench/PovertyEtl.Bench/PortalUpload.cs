using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PovertyEtl.Bench;

/// <summary>
/// The portal's answer to an upload, as an officer waits for it: the real <c>povertyetl serve</c>
/// (built beside the bench) on a fresh DuckDB warehouse and inbox, one account, warmed with a small
/// report of the same district; then the time from sending <paramref name="report"/> to
/// <c>POST /api/submissions</c> (HTTP Basic) to its full JSON answer. The report must be accepted.
/// </summary>
public static class PortalUpload
{
    private const string Login = "bench";
    private const string Password = "bench-mat-khau";

    public static Measurement Measure(string report, string warmUp, string unit)
    {
        var root = Path.Combine(Path.GetTempPath(), "povertyetl-bench-portal-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var environment = new Dictionary<string, string>
        {
            ["POVERTYETL__Warehouse__ConnectionString"] = Path.Combine(root, "warehouse.duckdb"),
            ["POVERTYETL__Ingestion__InboxPath"] = Path.Combine(root, "inbox"),
            ["POVERTYETL__Ingestion__ArchivePath"] = Path.Combine(root, "archive"),
            ["POVERTYETL__Ingestion__RejectedPath"] = Path.Combine(root, "rejected"),
        };
        try
        {
            using (var add = Start(root, environment, redirectInput: true, "users", "add", Login, "--unit", unit, "--role", "officer", "--password-stdin"))
            {
                add.StandardInput.WriteLine(Password);
                add.StandardInput.Close();
                add.WaitForExit();
                if (add.ExitCode != 0) throw new InvalidOperationException($"users add exited {add.ExitCode}");
            }
            var url = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
            using var server = Start(root, environment, redirectInput: false, "serve", "--urls", url);
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
                client.DefaultRequestHeaders.Authorization =
                    new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Login}:{Password}")));
                WaitUntilHealthy(client, server);
                Upload(client, warmUp);
                var clock = Stopwatch.StartNew();
                Upload(client, report);
                return new Measurement("portal-upload", clock.Elapsed.TotalSeconds, 0, PeakMegabytes(server));
            }
            finally
            {
                if (!server.HasExited) server.Kill(entireProcessTree: true);
                server.WaitForExit();
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Upload(HttpClient client, string report)
    {
        var file = new ByteArrayContent(File.ReadAllBytes(report));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var form = new MultipartFormDataContent { { file, "file", Path.GetFileName(report) } };
        using var answer = client.PostAsync(new Uri("/api/submissions", UriKind.Relative), form).GetAwaiter().GetResult();
        var body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (answer.StatusCode != HttpStatusCode.OK || !body.Contains("\"accepted\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"the portal did not accept {report}: {(int)answer.StatusCode} {body}");
    }

    private static void WaitUntilHealthy(HttpClient client, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (server.HasExited) throw new InvalidOperationException($"povertyetl serve exited with {server.ExitCode}");
            try
            {
                using var answer = client.GetAsync(new Uri("/healthz", UriKind.Relative)).GetAwaiter().GetResult();
                if (answer.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException("povertyetl serve did not answer /healthz");
    }

    /// <summary>The server's resident-set high-water mark (Linux <c>VmHWM</c>) after the upload, in MB; 0 where it cannot be read.</summary>
    private static double PeakMegabytes(Process server)
    {
        var status = $"/proc/{server.Id.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(status)) return 0;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static Process Start(string folder, Dictionary<string, string> environment, bool redirectInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "povertyetl.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        // Drained so that a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
