using System.Net;

namespace JournalApi.Tests.Protection;

/// <summary>
/// The documented parameters are the contract: any other answers 400 problem+json naming it (with the nearest one it
/// may have meant), on every endpoint, from one check; the documented ones, in any letter case, still work.
/// </summary>
public sealed class UnknownQueryParameterTests(UnknownQueryParameterTests.Host host) : IClassFixture<UnknownQueryParameterTests.Host>
{
    [Theory]
    [InlineData("/api/posts?tags=grief", "tags")]
    [InlineData("/api/posts?tag=grief&z=1&z=1&utm_source=x", "z", "utm_source")]
    [InlineData("/api/posts/the-pain-of-reaching-out?limit=3", "limit")]
    [InlineData("/api/posts/the-pain-of-reaching-out?sort=title&page=3", "sort", "page")]
    [InlineData("/api/tags?page=2", "page")]
    [InlineData("/api/archive?year=2025", "year")]
    [InlineData("/api/changes?snice=abc", "snice")]
    [InlineData("/feeds/atom.xml?tga=grief", "tga")]
    [InlineData("/feeds/feed.json?callback=x", "callback")]
    [InlineData("/health/ready?verbose=true", "verbose")]
    public async Task AnUnknownParameterAnswers400NamingEachOne(string path, params string[] unknown)
    {
        using var client = await host.Factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, unknown);
    }

    [Fact]
    public async Task ATypoIsAnsweredWithTheParameterItWasProbablyMeantToBe()
    {
        using var client = await host.Factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?tags=grief", UriKind.Relative));
        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "tags");

        Assert.Contains("did you mean 'tag'?", problem.GetProperty("errors").GetProperty("tags")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/posts?tag=grief&TagMatch=any&PAGE=1&pageSize=5")]
    [InlineData("/api/posts/the-pain-of-reaching-out/related?limit=3")]
    [InlineData("/api/posts/on-this-day?date=07-09")]
    [InlineData("/api/emotions/timeline?interval=month&from=2025-01-01&to=2025-12-31")]
    [InlineData("/feeds/atom.xml?tag=grief")]
    [InlineData("/feeds/rss.xml?q=reaching")]
    [InlineData("/feeds/feed.json?emotion=grief")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task DocumentedParametersSwaggerUiAndTheFeedsStillAnswer(string path)
    {
        using var client = await host.Factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class Host : IDisposable
    {
        public JournalApiFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
