using System.Net;
using System.Net.Http.Headers;

namespace JournalApi.Tests.Caching;

/// <summary>
/// Every GET answer tells browsers and shared caches how to keep it: successes may be kept but are revalidated with
/// their ETag, each kind of answer by its own configurable rule; health, event streams and errors are never stored.
/// </summary>
public sealed class CacheControlTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string ApiDefault = "public, max-age=0, stale-while-revalidate=60";
    private const string FeedsDefault = "public, max-age=0, stale-while-revalidate=300";

    public static TheoryData<string, string> SuccessfulGets => new()
    {
        { "/api/posts", ApiDefault },
        { "/api/posts?tag=connection&pageSize=2", ApiDefault },
        { "/api/posts/" + FixtureJournal.PainOfReachingOut, ApiDefault },
        { "/api/tags", ApiDefault },
        { "/api/emotions", ApiDefault },
        { "/api/archive", ApiDefault },
        { "/api/diagnostics", ApiDefault },
        { "/api/changes", ApiDefault },
        { "/swagger/v1/swagger.json", ApiDefault },
        { "/feeds/atom.xml", FeedsDefault },
        { "/feeds/rss.xml?emotion=grief", FeedsDefault },
        { "/feeds/feed.json", FeedsDefault },
        { "/health/ready", "no-store" },
        { "/health/live", "no-store" },
    };

    [Theory]
    [MemberData(nameof(SuccessfulGets))]
    public async Task ASuccessfulGetCarriesTheCacheControlOfItsKind(string path, string expected)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(SuccessfulGets))]
    public async Task A304CarriesTheSameValidatorAndCachingHeadersAndNothingThatDescribesABody(string path, string expected)
    {
        using var client = await factory.CreateReadyClientAsync();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Twice: the first 304 may come from a handler that ran, the second from the cached answer.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(first.Headers.ETag, response.Headers.ETag);
            Assert.Equal(expected, response.Headers.CacheControl?.ToString());
            Assert.Null(response.Content.Headers.ContentType);
            Assert.False(response.Headers.Contains("X-Total-Count"));
            Assert.False(response.Headers.Contains("Link"));
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("/api/posts/no-such-entry", HttpStatusCode.NotFound)]
    [InlineData("/api/posts?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/posts?tags=grief", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/atom.xml?from=yesterday", HttpStatusCode.BadRequest)]
    public async Task AnErrorIsNeverStored(string path, HttpStatusCode status)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AnEmptyPageHasAFirstLinkButNoLastOne()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?tag=no-such-tag", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Equal("</api/posts?tag=no-such-tag&page=1>; rel=\"first\"", link);
    }

    [Fact]
    public async Task APageOfOnePageHasFirstAndLastLinks()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?tag=connection", UriKind.Relative));

        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Equal("</api/posts?tag=connection&page=1>; rel=\"first\", </api/posts?tag=connection&page=1>; rel=\"last\"", link);
    }

    [Fact]
    public async Task AnyOriginNeedsNoVaryOnOrigin()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));

        Assert.DoesNotContain("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task APreflightMayBeReusedForTwoHoursByDefault()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Preflight("https://app.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("7200", Assert.Single(response.Headers.GetValues("Access-Control-Max-Age")));
    }

    internal static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/posts", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        return request;
    }
}
