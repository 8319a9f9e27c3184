using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts/{slug}?filters</c>: previous and next walk through the posts the same filters list, by date.</summary>
public sealed class FilteredNeighboursTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string Pain = FixtureJournal.PainOfReachingOut;

    [Theory]
    [InlineData("emotion=grief")]
    [InlineData("tag=connection")]
    [InlineData("tag=connection,joy&tagMatch=any")]
    [InlineData("emotion=calm,joy&emotionMatch=any&excludeTag=walking")]
    [InlineData("excludeEmotion=grief")]
    [InlineData("year=2025")]
    [InlineData("from=2024-01-01&to=2025-07-31")]
    [InlineData("q=nobody")]
    [InlineData("q=walk")]
    public async Task WalkingPreviousFromTheNewestMatchVisitsTheListInOrder(string filter)
    {
        using var client = await factory.CreateReadyClientAsync();
        var listed = await client.GetSlugsAsync($"?{filter}&sort=-date&pageSize=100");

        var walked = await WalkAsync(client, listed[0], filter, "previous");

        Assert.Equal(listed, walked);
    }

    [Theory]
    [InlineData("emotion=grief")]
    [InlineData("tag=connection")]
    [InlineData("q=nobody")]
    public async Task WalkingNextFromTheOldestMatchVisitsTheListInReverse(string filter)
    {
        using var client = await factory.CreateReadyClientAsync();
        var listed = await client.GetSlugsAsync($"?{filter}&sort=date&pageSize=100");

        var walked = await WalkAsync(client, listed[0], filter, "next");

        Assert.Equal(listed, walked);
    }

    [Fact]
    public async Task TheGriefChainIsTheGriefPosts()
    {
        using var client = await factory.CreateReadyClientAsync();

        var walked = await WalkAsync(client, "leaves-on-the-window", "emotion=grief", "previous");

        Assert.Equal(["leaves-on-the-window", Pain, "the-year-turns", "a-letter-written-in-the-heatwave"], walked);
        Assert.Equal(FixtureJournal.Only([.. walked]), await client.GetSlugsAsync("?emotion=grief"));
    }

    [Fact]
    public async Task WithoutFiltersTheChainIsEveryPostByDate()
    {
        using var client = await factory.CreateReadyClientAsync();

        Assert.Equal(FixtureJournal.NewestFirst, await WalkAsync(client, FixtureJournal.NewestFirst[0], "", "previous"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20")]
    public async Task WithoutFiltersTheNeighboursAreThePostsJustBeforeAndAfterByDate(string query)
    {
        using var client = await factory.CreateReadyClientAsync();

        var post = await client.GetJsonAsync($"/api/posts/{Pain}{query}");

        Assert.Equal<(string?, string?)>(("start-of-july", "end-of-july"), Neighbours(post));
    }

    [Fact]
    public async Task APostOutsideTheFilterGetsTheMatchingPostsAroundIt()
    {
        using var client = await factory.CreateReadyClientAsync();

        var post = await client.GetJsonAsync("/api/posts/start-of-july?emotion=grief");

        Assert.Equal("start-of-july", post.GetProperty("slug").GetString());
        Assert.Equal<(string?, string?)>(("the-year-turns", Pain), Neighbours(post));
    }

    [Fact]
    public async Task TheEndsOfAFilteredChainHaveNoNeighbourBeyondThem()
    {
        using var client = await factory.CreateReadyClientAsync();

        var newest = await client.GetJsonAsync("/api/posts/leaves-on-the-window?emotion=grief");
        var oldest = await client.GetJsonAsync("/api/posts/a-letter-written-in-the-heatwave?emotion=grief");

        Assert.Equal<(string?, string?)>((Pain, null), Neighbours(newest));
        Assert.Equal<(string?, string?)>((null, "the-year-turns"), Neighbours(oldest));
    }

    [Fact]
    public async Task QIsAFilterForNeighboursToo()
    {
        using var client = await factory.CreateReadyClientAsync();

        var pain = await client.GetJsonAsync($"/api/posts/{Pain}?q=nobody");
        var painGrief = await client.GetJsonAsync($"/api/posts/{Pain}?q=nobody&emotion=grief");

        Assert.Equal<(string?, string?)>((null, "end-of-july"), Neighbours(pain));
        Assert.Equal<(string?, string?)>((null, "leaves-on-the-window"), Neighbours(painGrief));
    }

    [Theory]
    [InlineData("year=abc", "year")]
    [InlineData("month=7", "month")]
    [InlineData("from=2025-02-30", "from")]
    [InlineData("emotionMatch=often", "emotionMatch")]
    [InlineData("tagMatch=ANY", "tagMatch")]
    [InlineData("categoryMatch=some", "categoryMatch")]
    [InlineData("excludeTag=a%01b", "excludeTag")]
    [InlineData("q=the", "q")]
    [InlineData("q=the&year=abc", "q", "year")]
    public async Task ABadFilterAnswers400NamingIt(string query, params string[] parameters)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/posts/{Pain}?{query}", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, parameters);
    }

    [Fact]
    public async Task AnUnknownSlugWithFiltersAnswers404()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts/no-such-post?emotion=grief", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    /// <summary>Follows previous (or next) from a post with the same filters until there is none, and returns the slugs visited.</summary>
    private static async Task<List<string>> WalkAsync(HttpClient client, string from, string filter, string direction)
    {
        var visited = new List<string>();
        for (var slug = from; slug is not null;)
        {
            Assert.True(visited.Count <= FixtureJournal.NewestFirst.Length, $"The {direction} chain does not end: {string.Join(", ", visited)}");
            visited.Add(slug);
            var post = await client.GetJsonAsync($"/api/posts/{slug}" + (filter.Length > 0 ? "?" + filter : ""));
            slug = post.GetProperty(direction) is { ValueKind: JsonValueKind.Object } link ? link.GetProperty("slug").GetString() : null;
        }

        return visited;
    }

    private static (string? Previous, string? Next) Neighbours(JsonElement post) =>
        (Link(post.GetProperty("previous")), Link(post.GetProperty("next")));

    private static string? Link(JsonElement link) => link.ValueKind == JsonValueKind.Null ? null : link.GetProperty("slug").GetString();
}
