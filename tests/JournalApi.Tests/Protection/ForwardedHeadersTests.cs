using System.Net;
using System.Xml.Linq;

namespace JournalApi.Tests.Protection;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from a configured proxy: from anyone else they change
/// neither the client's address (its rate-limit bucket) nor the scheme or host of the links in feeds.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task MadeUpForwardedForDoesNotEscapeTheRateLimitWithoutAConfiguredProxy()
    {
        using var factory = Limited(burst: 2);
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());
        await SpendAsync(client, 2);

        for (var i = 0; i < 5; i++)
        {
            using var spoofed = await GetAsync(client, "/api/tags", ("X-Forwarded-For", $"203.0.113.{i + 1}"));
            await HttpAssert.AssertProblemAsync(spoofed, HttpStatusCode.TooManyRequests);
        }
    }

    [Fact]
    public async Task BehindAConfiguredProxyEachForwardedClientHasABucketOfItsOwn()
    {
        using var factory = Limited(burst: 1).WithSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());

        using var first = await GetAsync(client, "/api/tags", ("X-Forwarded-For", "203.0.113.1"));
        using var again = await GetAsync(client, "/api/tags", ("X-Forwarded-For", "203.0.113.1"));
        using var other = await GetAsync(client, "/api/tags", ("X-Forwarded-For", "203.0.113.2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await HttpAssert.AssertProblemAsync(again, HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AProxyNetworkIsTrustedLikeAProxyAndAnAddressOutsideItIsNot()
    {
        using var factory = Limited(burst: 1).WithSetting("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/30");
        var server = await factory.StartOnLoopbackAsync();
        using var proxy = LoopbackClient.From(server, lastOctet: 2);
        using var stranger = LoopbackClient.From(server, lastOctet: 9);

        using var viaProxy = await GetAsync(proxy, "/api/tags", ("X-Forwarded-For", "203.0.113.1"));
        using var viaProxyOther = await GetAsync(proxy, "/api/tags", ("X-Forwarded-For", "203.0.113.2"));
        using var fromStranger = await GetAsync(stranger, "/api/tags", ("X-Forwarded-For", "203.0.113.3"));
        using var fromStrangerAgain = await GetAsync(stranger, "/api/tags", ("X-Forwarded-For", "203.0.113.4"));

        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaProxyOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromStranger.StatusCode);
        await HttpAssert.AssertProblemAsync(fromStrangerAgain, HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ForwardedProtoAndHostDoNotRewriteFeedLinksWithoutAConfiguredProxy()
    {
        using var factory = new JournalApiFactory();
        var server = await factory.StartOnLoopbackAsync();
        using var client = LoopbackClient.From(server);

        var ids = await AtomIdsAsync(client, ("X-Forwarded-Proto", "javascript"), ("X-Forwarded-Host", "evil.example"));

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith($"http://127.0.0.1:{server.Port}/", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AConfiguredProxyMaySayHttpsButNeverAnotherScheme()
    {
        using var factory = new JournalApiFactory().WithSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        var server = await factory.StartOnLoopbackAsync();
        using var client = LoopbackClient.From(server);

        var https = await AtomIdsAsync(client, ("X-Forwarded-Proto", "https"));
        var javascript = await AtomIdsAsync(client, ("X-Forwarded-Proto", "javascript"));

        Assert.All(https, id => Assert.StartsWith($"https://127.0.0.1:{server.Port}/", id, StringComparison.Ordinal));
        Assert.All(javascript, id => Assert.StartsWith($"http://127.0.0.1:{server.Port}/", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AHostOutsideAllowedHostsIsRefusedAndAnAllowedOneNamesTheFeedLinks()
    {
        using var factory = new JournalApiFactory().WithSetting("AllowedHosts", "journal.example");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());

        using var evil = await GetAsync(client, "/feeds/atom.xml", ("Host", "evil.example"));
        var ids = await AtomIdsAsync(client, ("Host", "journal.example"));

        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.DoesNotContain("evil.example", await evil.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(ids, id => Assert.StartsWith("http://journal.example/", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SiteBaseUrlNamesTheFeedLinksWhateverTheRequestSays()
    {
        using var factory = new JournalApiFactory().WithSetting("Site:BaseUrl", "https://journal.example/blog/");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());

        var ids = await AtomIdsAsync(client, ("Host", "other.example"), ("X-Forwarded-Proto", "javascript"));

        Assert.All(ids, id => Assert.StartsWith("https://journal.example/blog/", id, StringComparison.Ordinal));
    }

    private static JournalApiFactory Limited(int burst) =>
        new JournalApiFactory().WithSetting("RateLimit:Enabled", "true").WithSetting("RateLimit:Burst", burst.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("RateLimit:PerSecond", "1");

    private static async Task SpendAsync(HttpClient client, int requests)
    {
        for (var i = 0; i < requests; i++)
        {
            using var response = await GetAsync(client, "/api/tags");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<string[]> AtomIdsAsync(HttpClient client, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(client, "/feeds/atom.xml", headers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. feed.Descendants(Atom + "id").Select(e => e.Value)];
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            if (name == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return await client.SendAsync(request);
    }
}
