using System.Net;

namespace JournalApi.Tests.Caching;

/// <summary>The caching headers follow the settings: Http:CacheControl per kind of answer, Cors:AllowedOrigins, Cors:PreflightMaxAgeSeconds.</summary>
public sealed class ConfiguredCachingTests : IDisposable
{
    private const string AllowedOrigin = "https://app.example";

    private readonly JournalApiFactory factory = new JournalApiFactory()
        .WithSetting("Http:CacheControl:Api", "public, max-age=30, s-maxage=600")
        .WithSetting("Http:CacheControl:Feeds", "public, max-age=900")
        .WithSetting("Cors:AllowedOrigins:0", AllowedOrigin)
        .WithSetting("Cors:PreflightMaxAgeSeconds", "600");

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/api/posts", "public, max-age=30, s-maxage=600")]
    [InlineData("/api/tags", "public, max-age=30, s-maxage=600")]
    [InlineData("/feeds/atom.xml", "public, max-age=900")]
    public async Task EachKindOfAnswerTakesItsConfiguredCacheControl(string path, string expected)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var built = await client.GetAsync(new Uri(path, UriKind.Relative));
        using var kept = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, built.Headers.CacheControl?.ToString());
        Assert.Equal(expected, kept.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(AllowedOrigin)]
    [InlineData("https://elsewhere.example")]
    public async Task WithAllowedOriginsEveryAnswerVariesOnOriginWhoeverAsks(string? origin)
    {
        using var client = await factory.CreateReadyClientAsync();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/posts", UriKind.Relative));
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Origin"], response.Headers.Vary);
            Assert.Equal(origin == AllowedOrigin, response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task APreflightSaysTheConfiguredMaxAge()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(CacheControlTests.Preflight(AllowedOrigin));

        Assert.Equal("600", Assert.Single(response.Headers.GetValues("Access-Control-Max-Age")));
    }
}
