using System.Net;
using System.Net.Http.Headers;

namespace JournalApi.Tests.Http;

/// <summary>
/// A repeated API request is answered from the answer cache: after the protections with the shipped settings, and before
/// routing when no rate limit is configured. What it sends must be what the whole pipeline sends, and requests that the
/// protections act on must still go through them.
/// </summary>
public sealed class AnswerCacheTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private static readonly string[] KeptPaths =
    [
        "/api/posts?tag=connection&pageSize=1&page=2",
        "/api/posts/" + FixtureJournal.PainOfReachingOut,
        "/api/tags",
    ];

    public static TheoryData<string> Paths => [.. KeptPaths];

    public static TheoryData<string, bool> PathsWithAndWithoutRateLimit
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var path in KeptPaths)
            {
                data.Add(path, true);
                data.Add(path, false);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PathsWithAndWithoutRateLimit))]
    public async Task ARepeatedRequestGetsTheStatusHeadersAndBodyOfTheFirst(string path, bool rateLimited)
    {
        // A journal of its own, so that the first answer is computed here rather than kept from another test.
        using var fresh = rateLimited ? new JournalApiFactory() : new JournalApiFactory().WithProtectionsOff();
        using var client = await fresh.CreateReadyClientAsync();

        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(HeadersOf(first), HeadersOf(second));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ARepeated304CarriesTheHeadersOfThe200ButThoseOfItsBody(string path)
    {
        using var client = await factory.CreateReadyClientAsync();
        using var first = await client.GetAsync(new Uri(path, UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        // The paging headers describe the body a 304 does not send (RFC 9110, 15.4.5).
        Assert.Equal(HeadersOf(first).Where(h => !h.StartsWith("Link:", StringComparison.Ordinal) && !h.StartsWith("X-Total-Count:", StringComparison.Ordinal)),
            HeadersOf(notModified));
    }

    [Fact]
    public async Task ARepeatedCrossOriginRequestStillGetsItsCorsHeaders()
    {
        using var client = await factory.CreateReadyClientAsync();
        using var plain = await client.GetAsync(new Uri("/api/emotions", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/emotions", UriKind.Relative));
        request.Headers.Add("Origin", "https://reader.example.org");
        using var crossOrigin = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, crossOrigin.StatusCode);
        Assert.Equal("*", Assert.Single(crossOrigin.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", crossOrigin.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithARateLimitARepeatedRequestStillSpendsATokenAndIsRefusedWhenNoneIsLeft()
    {
        using var limited = new JournalApiFactory().WithSetting("RateLimit:Enabled", "true").WithSetting("RateLimit:Burst", "2").WithSetting("RateLimit:PerSecond", "1");
        using var client = await limited.CreateReadyClientAsync();

        using var first = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/api/tags", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await HttpAssert.AssertProblemAsync(third, HttpStatusCode.TooManyRequests);
    }

    /// <summary>Every header but Date (and the body's own, which a 304 has none of), sorted, values joined.</summary>
    private static string[] HeadersOf(HttpResponseMessage response) =>
        response.Headers.Where(h => h.Key != "Date")
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
}
