using Microsoft.Playwright;
using Xunit;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// What the page tests of one class share: one portal server (started as the class begins, with
/// the accounts and settings the class names) and one headless chromium, each test on a phone of
/// its own. Both are stopped when the class ends.
/// </summary>
public abstract class PortalSite : IAsyncLifetime, IAsyncDisposable
{
    private readonly PhoneBrowser _browser = new();
    private PageServer? _server;
    private bool _disposed;

    public PageServer Server => _server ?? throw new InvalidOperationException("the portal has not started");

    protected abstract PageServer Start();

    /// <summary>A new phone (no cookies) on the portal's home.</summary>
    public Task<IPage> PhoneAsync() => _browser.OpenAsync(Server.Url);

    public Task InitializeAsync() => Task.Run(() => _server = Start());

    public async Task DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _browser.DisposeAsync();
        _server?.Dispose();
    }

    // xUnit ends a fixture through IAsyncLifetime; this is for anyone holding it as a disposable.
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
