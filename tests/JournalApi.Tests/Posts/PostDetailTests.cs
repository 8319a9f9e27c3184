using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts/{slug}</c>: one post, exactly as its file says, with safe HTML and its neighbours.</summary>
public sealed partial class PostDetailTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string PainPath = "/api/posts/" + FixtureJournal.PainOfReachingOut;

    [Fact]
    public async Task ThePainOfReachingOutIsServedWithExactlyItsFrontMatter()
    {
        using var client = await factory.CreateReadyClientAsync();

        var post = await client.GetJsonAsync(PainPath);

        Assert.Equal(FixtureJournal.PainOfReachingOut, post.GetProperty("slug").GetString());
        Assert.Equal("The Pain of Reaching Out — And Doing It Anyway", post.GetProperty("title").GetString());
        Assert.Equal("2025-07-09", post.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("updated").ValueKind);
        Assert.Equal(["connection", "midlife", "vulnerability"], Strings(post.GetProperty("tags")));
        Assert.Equal(["longing", "grief"], Strings(post.GetProperty("emotions")));
        const string description = "On sending the message first, hearing nothing back, and deciding to keep the door open all the same.";
        Assert.Equal(description, post.GetProperty("description").GetString());
        Assert.Equal(description, post.GetProperty("excerpt").GetString());
        Assert.Equal(PainPath, post.GetProperty("url").GetString());
        Assert.Equal("post", post.GetProperty("meta").GetProperty("layout").GetString());
        Assert.True(post.GetProperty("wordCount").GetInt32() > 100);
        Assert.Equal(1, post.GetProperty("readingTimeMinutes").GetInt32());
    }

    [Fact]
    public async Task ItsHtmlHasTwoThematicBreaksAndItalicsButNoHeadings()
    {
        using var client = await factory.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync(PainPath)).GetProperty("html").GetString()!;

        // A '---' after a blank line is a thematic break; right under a paragraph it would make a setext heading.
        Assert.Equal(2, Regex.Count(html, "<hr", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Contains("<em>", html, StringComparison.Ordinal);
        Assert.Contains("<em>trying again tomorrow</em>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(Heading(), html);
    }

    [Fact]
    public async Task ItsNeighboursAreThePostsJustBeforeAndAfterItByDate()
    {
        using var client = await factory.CreateReadyClientAsync();

        var post = await client.GetJsonAsync(PainPath);

        Assert.Equal("start-of-july", post.GetProperty("previous").GetProperty("slug").GetString());
        Assert.Equal("Start of July", post.GetProperty("previous").GetProperty("title").GetString());
        Assert.Equal("end-of-july", post.GetProperty("next").GetProperty("slug").GetString());
        Assert.Equal("End of July, Laughing", post.GetProperty("next").GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheNewestAndOldestPostsHaveNoNextAndNoPrevious()
    {
        using var client = await factory.CreateReadyClientAsync();

        var newest = await client.GetJsonAsync("/api/posts/" + FixtureJournal.NewestFirst[0]);
        var oldest = await client.GetJsonAsync("/api/posts/" + FixtureJournal.NewestFirst[^1]);

        Assert.Equal(JsonValueKind.Null, newest.GetProperty("next").ValueKind);
        Assert.Equal(JsonValueKind.Null, oldest.GetProperty("previous").ValueKind);
    }

    [Fact]
    public async Task UnknownSlugAnswersProblemDetails404()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts/no-such-post", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-post", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/posts/the-pain-of-reaching-out/more")]
    public async Task UnknownApiPathAnswersProblemDetails404(string path)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASummaryInTheListHasNoHtml()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts?tag=vulnerability");

        var summary = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(FixtureJournal.PainOfReachingOut, summary.GetProperty("slug").GetString());
        Assert.False(summary.TryGetProperty("html", out _));
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [GeneratedRegex("<h[1-6]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();
}
