using Microsoft.Playwright;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// One headless chromium for a test class, started on first use, and a fresh phone-sized context
/// (its own cookies, as a new person) per test: officers submit from their phones.
/// </summary>
public sealed class PhoneBrowser : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A new phone (390×844, touch, Vietnamese) pointed at <paramref name="baseUrl"/>; skipped or failed as <see cref="Chromium"/> says when there is no browser.</summary>
    public async Task<IPage> OpenAsync(string baseUrl)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null) return _browser;
            var executable = Chromium.Require();
            // The driver is the node bundled in the package (.playwright/ beside the tests); it must not fetch a browser.
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
