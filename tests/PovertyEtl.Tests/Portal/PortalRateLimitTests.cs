using System.Net;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary>Sign-in is rate limited per client address (60 a minute), before any password is looked at.</summary>
public sealed class PortalRateLimitTests
{
    [Fact]
    public async Task TheSixtyFirstSignInOfAMinuteFromOneAddressIsAnswered429()
    {
        using var server = new PortalServer(TestWarehouse.DuckDb);
        using var client = server.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 61; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "cb849", ["password"] = "sai" });
            statuses.Add((await client.PostAsync("/signin", form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..60]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[60]);
    }
}
