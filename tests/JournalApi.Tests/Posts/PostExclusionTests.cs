using JournalApi.Tests.Emotions;

namespace JournalApi.Tests.Posts;

/// <summary>
/// <c>excludeTag</c> and <c>excludeEmotion</c> on <c>GET /api/posts</c>, over the fixture journal with its vocabulary
/// (grief and longing under sadness, sorrow another word for grief) and the entry feeling 'sorow'.
/// </summary>
public sealed class PostExclusionTests(VocabularyHost host) : IClassFixture<VocabularyHost>
{
    private const string Pain = FixtureJournal.PainOfReachingOut;

    private static readonly string[] NewestFirst =
    [
        "leaves-on-the-window",               // autumn, connection; grief, calm
        "a-valentine-to-myself",              // self-care, midlife; tenderness, joy
        VocabularyHost.MisspeltFeeling,       // writing; sorow
        "ordinary-august-walk",               // walking; calm
        "end-of-july",                        // connection, joy; joy
        Pain,                                 // connection, midlife, vulnerability; longing, grief
        "start-of-july",                      // routine; calm
        "two-coffees",                        // connection, friendship; joy, longing
        "the-year-turns",                     // reflection, midlife; hope, grief
        "a-letter-written-in-the-heatwave",   // family, summer; grief, tenderness
        "learning-the-cello",                 // music, beginnings; hope, fear
    ];

    private HttpClient Client => host.Client;

    [Fact]
    public async Task TheJournalHoldsTheExpectedPosts()
    {
        Assert.Equal(NewestFirst, await Client.GetSlugsAsync("?pageSize=100"));
    }

    [Theory]
    [InlineData("connection")]
    [InlineData("midlife")]
    [InlineData("joy")]
    public async Task AnExcludedTagLeavesOutEveryPostCarryingIt(string tag)
    {
        var page = await Client.GetJsonAsync($"/api/posts?excludeTag={tag}&pageSize=100");
        var carrying = await Client.GetSlugsAsync($"?tag={tag}&pageSize=100");

        Assert.NotEmpty(carrying);
        Assert.Equal(NewestFirst.Except(carrying), Slugs(page));
        Assert.Equal(NewestFirst.Length - carrying.Length, page.GetProperty("totalItems").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.DoesNotContain(tag, i.GetProperty("tags").EnumerateArray().Select(t => t.GetString())));
    }

    [Theory]
    [InlineData("?excludeTag=connection&excludeTag=midlife")]
    [InlineData("?excludeTag=connection,midlife")]
    [InlineData("?excludeTag=connection, midlife")]
    [InlineData("?excludeTag=CONNECTION&excludeTag=Midlife")]
    [InlineData("?excludeTag=connection,midlife&excludeTag=no-such-tag")]
    public async Task SeveralExcludedTagsLeaveOutPostsWithAnyOfThem(string query)
    {
        Assert.Equal(
            [VocabularyHost.MisspeltFeeling, "ordinary-august-walk", "start-of-july", "a-letter-written-in-the-heatwave", "learning-the-cello"],
            await Client.GetSlugsAsync(query + "&pageSize=100"));
    }

    [Fact]
    public async Task AnExcludedTagNoPostCarriesLeavesEveryPost()
    {
        Assert.Equal(NewestFirst, await Client.GetSlugsAsync("?excludeTag=sailing&pageSize=100"));
    }

    [Theory]
    [InlineData("?excludeEmotion=sadness")]
    [InlineData("?excludeEmotion=grief,longing")]
    [InlineData("?excludeEmotion=grief&excludeEmotion=longing")]
    [InlineData("?excludeEmotion=sorrow,longing")]
    public async Task AnExcludedEmotionLeavesOutItsDescendantsToo(string query)
    {
        Assert.Equal(
            ["a-valentine-to-myself", VocabularyHost.MisspeltFeeling, "ordinary-august-walk", "end-of-july", "start-of-july", "learning-the-cello"],
            await Client.GetSlugsAsync(query + "&pageSize=100"));
    }

    [Fact]
    public async Task WithEmotionMatchExactAnExcludedEmotionLeavesOutOnlyItsOwnPosts()
    {
        Assert.Equal(NewestFirst, await Client.GetSlugsAsync("?excludeEmotion=sadness&emotionMatch=exact&pageSize=100"));
        Assert.Equal(NewestFirst.Except(["two-coffees", Pain]), await Client.GetSlugsAsync("?excludeEmotion=longing&emotionMatch=exact&pageSize=100"));
    }

    [Fact]
    public async Task AnExcludedAliasLeavesOutItsEmotionsPosts()
    {
        Assert.Equal(await Client.GetSlugsAsync("?excludeEmotion=grief&pageSize=100"), await Client.GetSlugsAsync("?excludeEmotion=sorrow&pageSize=100"));
        Assert.Equal(NewestFirst.Except(["leaves-on-the-window", Pain, "the-year-turns", "a-letter-written-in-the-heatwave"]),
            await Client.GetSlugsAsync("?excludeEmotion=sorrow&pageSize=100"));
    }

    [Theory]
    [InlineData("?tag=connection&excludeEmotion=grief", new[] { "end-of-july", "two-coffees" })]
    [InlineData("?tag=connection&excludeTag=joy", new[] { "leaves-on-the-window", Pain, "two-coffees" })]
    [InlineData("?tag=connection,midlife&tagMatch=any&excludeTag=vulnerability", new[] { "leaves-on-the-window", "a-valentine-to-myself", "end-of-july", "two-coffees", "the-year-turns" })]
    [InlineData("?tag=connection,midlife&tagMatch=any&excludeEmotion=sadness", new[] { "a-valentine-to-myself", "end-of-july" })]
    [InlineData("?emotion=sadness&excludeEmotion=grief", new[] { "two-coffees" })]
    [InlineData("?tag=connection&excludeTag=connection", new string[0])]
    [InlineData("?year=2025&excludeEmotion=calm&excludeTag=connection", new[] { VocabularyHost.MisspeltFeeling })]
    public async Task ExclusionsCombineWithTheOtherFilters(string query, string[] expected)
    {
        var page = await Client.GetJsonAsync("/api/posts" + query + "&pageSize=100");

        Assert.Equal(expected, Slugs(page));
        Assert.Equal(expected.Length, page.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task ExclusionsApplyToASearch()
    {
        Assert.Equal(["leaves-on-the-window", "end-of-july", Pain], await Client.GetSlugsAsync("?q=nobody&sort=-date"));
        Assert.Equal(["end-of-july"], await Client.GetSlugsAsync("?q=nobody&excludeEmotion=sadness"));
    }

    private static string[] Slugs(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
}
