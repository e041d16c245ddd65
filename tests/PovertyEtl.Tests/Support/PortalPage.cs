using Microsoft.Playwright;

namespace PovertyEtl.Tests.Support;

/// <summary>
/// What a person does on the portal's pages, through the hooks the pages promise (contracts.md,
/// Portal): the sign-in form, the upload form, the submission page's outcome, status and findings.
/// </summary>
public static class PortalPage
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string SignInForm = "form:has(input[name=password])";
    private const string UploadForm = "form:has(input[name=file])";

    /// <summary>Signs in on <c>/signin</c>; the response of the page the form lands on.</summary>
    public static async Task<IResponse> SignInAsync(this IPage page, PortalAccount account, string? password = null)
    {
        await page.GotoAsync("/signin");
        await page.Locator(SignInForm).Locator("input[name=login]").FillAsync(account.Login);
        await page.Locator(SignInForm).Locator("input[name=password]").FillAsync(password ?? account.Password);
        return await SubmitAsync(page, SignInForm);
    }

    /// <summary>Signs out with the form every page carries.</summary>
    public static Task<IResponse> SignOutAsync(this IPage page) => SubmitAsync(page, "form[action$='/signout']");

    /// <summary>Sends <paramref name="file"/> with the form on <c>/</c>; the response of the page it lands on.</summary>
    public static async Task<IResponse> UploadAsync(this IPage page, string file)
    {
        await page.GotoAsync("/");
        await page.Locator(UploadForm).Locator("input[name=file]").SetInputFilesAsync(file);
        return await SubmitAsync(page, UploadForm);
    }

    /// <summary>The id in <c>/submissions/{id}</c>, the page an accepted or rejected upload lands on.</summary>
    public static string SubmissionId(this IPage page)
    {
        var path = new Uri(page.Url).AbsolutePath;
        const string prefix = "/submissions/";
        return path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length
            ? path[prefix.Length..]
            : throw new InvalidOperationException($"not a submission's page: {page.Url}");
    }

    public static Task<string?> OutcomeAsync(this IPage page) => page.Locator("#outcome").GetAttributeAsync("data-outcome");

    public static Task<string?> StatusAsync(this IPage page) => page.Locator("#status").GetAttributeAsync("data-status");

    /// <summary>The rows of <c>#findings</c>: rule, cell and severity of each.</summary>
    public static async Task<IReadOnlyList<(string? Rule, string? Cell, string? Severity)>> FindingsAsync(this IPage page)
    {
        var rows = new List<(string?, string?, string?)>();
        foreach (var row in await page.Locator("#findings tr.finding").AllAsync())
            rows.Add((await row.GetAttributeAsync("data-rule"), await row.GetAttributeAsync("data-cell"), await row.GetAttributeAsync("data-severity")));
        return rows;
    }

    /// <summary>
    /// Presses a form's submit button and waits for the page it lands on, after any redirect: its
    /// load event, so the page read next is the new one even when it has the old one's address (a
    /// refused sign-in lands on <c>/signin</c> again); and the response that page came with.
    /// </summary>
    private static async Task<IResponse> SubmitAsync(IPage page, string form)
    {
        IResponse? landed = null;
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Track(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame && response.Status is < 300 or >= 400) landed = response;
        }
        void Loaded(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Response += Track;
        page.Load += Loaded;
        try
        {
            await page.Locator(form).Locator("button[type=submit]").ClickAsync();
            await loaded.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            page.Response -= Track;
            page.Load -= Loaded;
        }
        return landed ?? throw new InvalidOperationException($"submitting {form} loaded no page");
    }
}
