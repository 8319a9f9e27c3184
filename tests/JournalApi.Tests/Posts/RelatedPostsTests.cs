using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts/{slug}/related</c> over the fixture journal: scored by shared tags, emotions and words, with reasons.</summary>
public sealed class RelatedPostsTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    private const string PainRelated = "/api/posts/" + FixtureJournal.PainOfReachingOut + "/related";

    // The visible posts that share a tag or an emotion with the pain of reaching out (connection, midlife, vulnerability; longing, grief).
    private static readonly string[] SharingSomething =
        ["leaves-on-the-window", "a-valentine-to-myself", "end-of-july", "two-coffees", "the-year-turns", "a-letter-written-in-the-heatwave"];

    [Fact]
    public async Task EveryPostSharingATagOrAnEmotionIsRelatedBestFirstAndNeverThePostItself()
    {
        using var client = await factory.CreateReadyClientAsync();

        var items = Items(await client.GetJsonAsync(PainRelated + "?limit=50"));

        var slugs = items.Select(i => i.GetProperty("slug").GetString()!).ToArray();
        Assert.DoesNotContain(FixtureJournal.PainOfReachingOut, slugs);
        Assert.Superset(SharingSomething.ToHashSet(), slugs.ToHashSet());
        Assert.Equal(slugs.Length, slugs.Distinct().Count());
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.True(s > 0));
    }

    [Fact]
    public async Task EachItemSaysWhichTagsAndEmotionsItShares()
    {
        using var client = await factory.CreateReadyClientAsync();
        var pain = await client.GetJsonAsync("/api/posts/" + FixtureJournal.PainOfReachingOut);

        var items = Items(await client.GetJsonAsync(PainRelated + "?limit=50"));

        foreach (var item in items)
        {
            var shared = RelatedFields.SharedOf(item);
            Assert.Equal(Strings(pain, "tags").Intersect(Strings(item, "tags")), Strings(shared, "tags"));
            Assert.Equal(Strings(pain, "emotions").Intersect(Strings(item, "emotions")), Strings(shared, "emotions"));
        }

        var twoCoffees = RelatedFields.SharedOf(items.Single(i => i.GetProperty("slug").GetString() == "two-coffees"));
        Assert.Equal(["connection"], Strings(twoCoffees, "tags"));
        Assert.Equal(["longing"], Strings(twoCoffees, "emotions"));
    }

    [Fact]
    public async Task ItemsAreSummariesWithAScore()
    {
        using var client = await factory.CreateReadyClientAsync();

        var item = Items(await client.GetJsonAsync(PainRelated))[0];

        foreach (var property in new[] { "slug", "title", "date", "tags", "emotions", "excerpt", "url", "score", RelatedFields.Shared })
        {
            Assert.True(item.TryGetProperty(property, out _), $"A related item lacks '{property}'.");
        }

        Assert.False(item.TryGetProperty("html", out _));
        Assert.Equal("/api/posts/" + item.GetProperty("slug").GetString(), item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task FiveAreGivenByDefault()
    {
        using var client = await factory.CreateReadyClientAsync();

        var all = Items(await client.GetJsonAsync(PainRelated + "?limit=50"));

        Assert.Equal(all.Take(5).Select(Slug), Items(await client.GetJsonAsync(PainRelated)).Select(Slug));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task TheLimitIsRespectedAndKeepsTheBestFirst(int limit)
    {
        using var client = await factory.CreateReadyClientAsync();

        var all = Items(await client.GetJsonAsync(PainRelated + "?limit=50"));
        var some = Items(await client.GetJsonAsync($"{PainRelated}?limit={limit}"));

        Assert.Equal(limit, some.Length);
        Assert.Equal(all.Take(limit).Select(Slug), some.Select(Slug));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task ABadLimitAnswers400NamingLimit(string limit)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"{PainRelated}?limit={limit}", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "limit");
    }

    [Theory]
    [InlineData("no-such-post")]
    [InlineData(FixtureJournal.Draft)]
    [InlineData(FixtureJournal.FutureDated)]
    public async Task AnUnknownOrHiddenSlugAnswers404(string slug)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/posts/{slug}/related", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EqualScoresComeNewestFirstAndAPostSharingNothingIsLeftOut()
    {
        using var journal = JournalApiFactory.OverEmptyFolder()
            .WithFile("2025-01-01-harbour-one.md", Entry("By the Harbour", "2025-01-01", "[harbour]", "[calm]", "Ropes creak and gulls argue over the nets."))
            .WithFile("2025-02-01-harbour-two.md", Entry("By the Harbour", "2025-02-01", "[harbour]", "[calm]", "Ropes creak and gulls argue over the nets."))
            .WithFile("2025-03-01-harbour-three.md", Entry("By the Harbour", "2025-03-01", "[harbour]", "[calm]", "Ropes creak and gulls argue over the nets."))
            .WithFile("2025-04-01-mountain-pass.md", Entry("The Mountain Pass", "2025-04-01", "[mountains]", "[fear]", "Snow lay deep across the pass; thin air."));
        using var client = await journal.CreateReadyClientAsync();

        var forOne = Items(await client.GetJsonAsync("/api/posts/harbour-one/related"));
        var forTwo = Items(await client.GetJsonAsync("/api/posts/harbour-two/related"));

        Assert.Equal(["harbour-three", "harbour-two"], forOne.Select(Slug));
        Assert.Equal(["harbour-three", "harbour-one"], forTwo.Select(Slug));
        Assert.Equal(forOne[0].GetProperty("score").GetDouble(), forOne[1].GetProperty("score").GetDouble());
        // A tag carried by 3 of 4 posts weighs ln(1 + 4/3), an emotion 1.5 times that; alike words add up to 1.
        var shared = 2.5 * Math.Log(1 + (4 / 3.0));
        Assert.InRange(forOne[0].GetProperty("score").GetDouble(), shared, shared + 1.0001);
        Assert.Empty(Items(await client.GetJsonAsync("/api/posts/mountain-pass/related")));
    }

    private static string Entry(string title, string date, string tags, string emotions, string body) =>
        $"---\ntitle: \"{title}\"\ndate: {date}\ntags: {tags}\nemotions: {emotions}\n---\n\n{body}\n";

    private static JsonElement[] Items(JsonElement answer) => [.. answer.GetProperty("items").EnumerateArray()];

    private static string Slug(JsonElement item) => item.GetProperty("slug").GetString()!;

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(v => v.GetString()!)];
}
