using System.Net;
using System.Net.Http.Headers;

namespace JournalApi.Tests.Http;

/// <summary>Every GET answers with an ETag derived from content alone, and honours If-None-Match with 304.</summary>
public sealed class ConditionalGetTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    public static TheoryData<string> Paths =>
    [
        "/api/posts",
        "/api/posts?tag=connection&pageSize=2",
        "/api/posts/" + FixtureJournal.PainOfReachingOut,
        "/api/tags",
        "/api/emotions",
        "/api/archive",
        "/health/ready",
        "/health/live",
        "/swagger/v1/swagger.json",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryGetCarriesAStrongETag(string path)
    {
        using var client = await factory.CreateReadyClientAsync();

        var etag = await ETagOfAsync(client, path);

        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[^\"]+\"$", etag.Tag);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task TheSameETagInIfNoneMatchAnswers304WithAnEmptyBody(string path)
    {
        using var client = await factory.CreateReadyClientAsync();
        var etag = await ETagOfAsync(client, path);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task ADifferentETagInIfNoneMatchAnswers200WithTheBody(string path)
    {
        using var client = await factory.CreateReadyClientAsync();
        var etag = await ETagOfAsync(client, path);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Fact]
    public async Task AStarInIfNoneMatchAnswers304()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/tags", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task DifferentAnswersHaveDifferentETags()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.NotEqual(await ETagOfAsync(client, "/api/tags"), await ETagOfAsync(client, "/api/emotions"));
        Assert.NotEqual(await ETagOfAsync(client, "/api/posts?page=1&pageSize=3"), await ETagOfAsync(client, "/api/posts?page=2&pageSize=3"));
    }

    [Fact]
    public async Task TwoHostsOverIdenticalFoldersGiveIdenticalETags()
    {
        using var first = new JournalApiFactory();
        using var second = new JournalApiFactory();
        using var one = await first.CreateReadyClientAsync();
        using var other = await second.CreateReadyClientAsync();

        Assert.NotEqual(first.ContentPath, second.ContentPath);
        foreach (var path in Paths)
        {
            Assert.Equal(await ETagOfAsync(one, path), await ETagOfAsync(other, path));
        }
    }

    [Fact]
    public async Task AnotherEntryInTheFolderChangesTheListETag()
    {
        using var changed = new JournalApiFactory().WithFile("2023-01-02-one-more.md", """
            ---
            title: "One More Entry"
            date: 2023-01-02
            tags: [extra]
            ---

            Written only to change the content.
            """);
        using var original = await factory.CreateReadyClientAsync();
        using var client = await changed.CreateReadyClientAsync();

        Assert.NotEqual(await ETagOfAsync(original, "/api/posts"), await ETagOfAsync(client, "/api/posts"));
        Assert.NotEqual(await ETagOfAsync(original, "/health/ready"), await ETagOfAsync(client, "/health/ready"));
        Assert.Equal(await ETagOfAsync(original, "/api/posts/" + FixtureJournal.PainOfReachingOut),
            await ETagOfAsync(client, "/api/posts/" + FixtureJournal.PainOfReachingOut));
    }

    private static async Task<EntityTagHeaderValue> ETagOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
    }
}
