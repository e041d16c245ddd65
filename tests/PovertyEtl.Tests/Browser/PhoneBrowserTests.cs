using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Browser;

/// <summary>The page tests' own footing: Debian's chromium, driven by Playwright's bundled driver, on a phone-sized screen.</summary>
public sealed class PhoneBrowserTests
{
    [SkippableFact]
    public async Task ThePhoneIsDebiansChromiumWithA390PixelWideTouchScreen()
    {
        await using var browser = new PhoneBrowser();
        var page = await browser.OpenAsync("http://127.0.0.1/");

        // A phone lays out a page without a viewport tag 980 pixels wide, as a desktop page: the portal's pages carry one.
        await page.SetContentAsync("<meta name='viewport' content='width=device-width'><p id='hello'>Xin chào</p>");

        Assert.Equal("Xin chào", await page.Locator("#hello").InnerTextAsync());
        Assert.Equal(390, await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(await page.EvaluateAsync<bool>("navigator.maxTouchPoints > 0"));
        Assert.Contains("Chrome/", await page.EvaluateAsync<string>("navigator.userAgent"));
    }
}
