using System.Net;
using System.Text.Json;
using JournalApi.Tests.Feeds;

namespace JournalApi.Tests.Posts;

/// <summary><c>GET /api/posts?q=</c>: stemmed words, phrases, prefixes, case and accents ignored, best match first.</summary>
public sealed class PostSearchTests(SearchJournal journal) : IClassFixture<SearchJournal>
{
    private const string Pain = FixtureJournal.PainOfReachingOut;

    private HttpClient Client => journal.Client;

    [Theory]
    [InlineData("reaching")]
    [InlineData("reached")]
    [InlineData("reach")]
    [InlineData("reaches")]
    public async Task AWordFindsEveryPostWithAWordOfTheSameStem(string word)
    {
        var found = await Client.GetSlugsAsync("?q=" + word);

        Assert.Equal([SearchJournal.HandAcrossTheTable, Pain], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryWordOfTheSearchMustMatch()
    {
        Assert.Equal([SearchJournal.HandAcrossTheTable], await Client.GetSlugsAsync("?q=reaching%20brother"));
        Assert.Empty(await Client.GetSlugsAsync("?q=reaching%20lantern"));
    }

    [Fact]
    public async Task AQuotedPhraseFindsOnlyPostsWithTheWordsTogether()
    {
        var apart = await Client.GetSlugsAsync("?q=door%20open");
        var together = await Client.GetSlugsAsync("?q=" + Uri.EscapeDataString("\"door open\""));

        Assert.Equal([SearchJournal.GreenShed, Pain], apart.Order(StringComparer.Ordinal));
        Assert.Equal([Pain], together);
    }

    [Fact]
    public async Task APrefixFindsEveryWordThatStartsWithIt()
    {
        var found = await Client.GetSlugsAsync("?q=connect*");

        Assert.Equal([SearchJournal.HandAcrossTheTable, SearchJournal.PaperLantern], found.Order(StringComparer.Ordinal));
        Assert.Empty(await Client.GetSlugsAsync("?q=heat"));
        Assert.Equal(["a-letter-written-in-the-heatwave"], await Client.GetSlugsAsync("?q=heat*"));
        Assert.Equal([SearchJournal.WalkAfterDark, SearchJournal.PaperLantern], await Client.GetSlugsAsync("?q=lant*&sort=-date"));
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("CAFE")]
    [InlineData("Caf%C3%A9")]
    [InlineData("CAF%C3%89")]
    public async Task CaseAndAccentsAreIgnored(string word)
    {
        Assert.Equal(["two-coffees"], await Client.GetSlugsAsync("?q=" + word));
    }

    [Fact]
    public async Task AnAccentedOrCapitalisedQueryFindsPlainText()
    {
        Assert.Equal(await Client.GetSlugsAsync("?q=reaching"), await Client.GetSlugsAsync("?q=R%C3%89ACHING"));
    }

    [Fact]
    public async Task ATitleMatchRanksAboveABodyOnlyMatchAndRelevanceIsTheDefaultWithQ()
    {
        Assert.Equal([SearchJournal.PaperLantern, SearchJournal.WalkAfterDark], await Client.GetSlugsAsync("?q=lantern"));
        Assert.Equal([SearchJournal.PaperLantern, SearchJournal.WalkAfterDark], await Client.GetSlugsAsync("?q=lantern&sort=relevance"));
    }

    [Fact]
    public async Task DateOrderStillWorksWithQ()
    {
        Assert.Equal([SearchJournal.WalkAfterDark, SearchJournal.PaperLantern], await Client.GetSlugsAsync("?q=lantern&sort=-date"));
        Assert.Equal([SearchJournal.PaperLantern, SearchJournal.WalkAfterDark], await Client.GetSlugsAsync("?q=lantern&sort=date"));
        Assert.Equal(["leaves-on-the-window", "end-of-july", Pain], await Client.GetSlugsAsync("?q=nobody&sort=-date"));
    }

    [Theory]
    [InlineData("&emotion=grief", new[] { "leaves-on-the-window", Pain })]
    [InlineData("&year=2025", new[] { "end-of-july", Pain })]
    [InlineData("&tag=joy", new[] { "end-of-july" })]
    [InlineData("&tag=connection&emotion=grief&year=2025", new[] { Pain })]
    [InlineData("&tag=walking", new string[0])]
    public async Task QCombinesWithFiltersToTheirIntersection(string filters, string[] expected)
    {
        var searched = await Client.GetSlugsAsync("?q=nobody&pageSize=100");
        var filtered = await Client.GetSlugsAsync("?pageSize=100" + filters);

        var page = await Client.GetJsonAsync("/api/posts?q=nobody&sort=-date&pageSize=100" + filters);

        Assert.Equal(["end-of-july", "leaves-on-the-window", Pain], searched.Order(StringComparer.Ordinal));
        Assert.Equal(expected, Slugs(page));
        Assert.Equal(searched.Intersect(filtered).Count(), page.GetProperty("totalItems").GetInt32());
        Assert.Equal(expected.Length, page.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task EveryItemOfASearchHasAHighlightWithTheMatchedWordMarked()
    {
        var page = await Client.GetJsonAsync("/api/posts?q=reaching");

        var highlights = page.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("slug").GetString()!,
            i => i.GetProperty("highlights").EnumerateArray().Select(h => h.GetString()!).ToArray());
        Assert.Equal(2, highlights.Count);
        Assert.All(highlights.Values, h => Assert.NotEmpty(h));
        Assert.Contains("<mark>reaching</mark>", highlights[Pain][0], StringComparison.Ordinal);
        Assert.Contains("<mark>reached</mark>", highlights[SearchJournal.HandAcrossTheTable][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHighlightEscapesTheTagsAPostQuotes()
    {
        var page = await Client.GetJsonAsync("/api/posts?q=marmalade");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(SearchJournal.BrokenForm, item.GetProperty("slug").GetString());
        var highlight = Assert.Single(item.GetProperty("highlights").EnumerateArray()).GetString()!;
        Assert.Contains("<mark>marmalade</mark>", highlight, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", highlight, StringComparison.Ordinal);
        Assert.Contains("&lt;img", highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", highlight, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('<', highlight.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
        Assert.DoesNotContain('>', highlight.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemsWithoutASearchHaveNoHighlightsProperty()
    {
        var page = await Client.GetJsonAsync("/api/posts?pageSize=100");

        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("highlights", out _)));
    }

    [Theory]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task ABlankSearchAnswersEveryPost(string query)
    {
        var all = await Client.GetSlugsAsync("?pageSize=100");

        var page = await Client.GetJsonAsync("/api/posts" + query + "&pageSize=100");

        Assert.Equal(15, all.Length);
        Assert.Equal(all, Slugs(page));
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("highlights", out _)));
    }

    [Theory]
    [InlineData("q=the", "q")]
    [InlineData("q=and%20the%20to", "q")]
    [InlineData("q=%22the%22", "q")]
    [InlineData("q=***", "q")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("sort=relevance&q=", "sort")]
    [InlineData("sort=relevance&emotion=grief", "sort")]
    public async Task AnUnsearchableQueryAnswers400NamingTheParameter(string query, string parameter)
    {
        using var response = await Client.GetAsync(new Uri("/api/posts?" + query, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task ASearchOver200CharactersAnswers400NamingQ()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("walk", 41));
        Assert.Equal(204, tooLong.Length);

        using var response = await Client.GetAsync(new Uri("/api/posts?q=" + Uri.EscapeDataString(tooLong), UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task ASearchOfExactly200CharactersIsAnswered()
    {
        var longest = string.Join(' ', Enumerable.Repeat("walk", 40)) + "s";
        Assert.Equal(200, longest.Length);

        var found = await Client.GetSlugsAsync("?q=" + Uri.EscapeDataString(longest));

        Assert.Equal([SearchJournal.WalkAfterDark, "ordinary-august-walk", Pain], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheJsonFeedTakesQAndKeepsDateOrder()
    {
        var feed = await Client.GetFeedSlugsAsync(FeedReader.JsonFeed, "?q=nobody");

        Assert.Equal(["leaves-on-the-window", "end-of-july", Pain], feed);
        Assert.Equal([SearchJournal.WalkAfterDark, SearchJournal.PaperLantern], await Client.GetFeedSlugsAsync(FeedReader.JsonFeed, "?q=lantern"));
    }

    [Fact]
    public async Task AFeedRefusesAStopWordSearchNamingQ()
    {
        using var response = await Client.GetAsync(new Uri(FeedReader.JsonFeed + "?q=the", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task TheTimelineCountsOnlyThePostsTheSearchFinds()
    {
        var timeline = await Client.GetJsonAsync("/api/emotions/timeline?interval=year&q=nobody");

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bucket in timeline.GetProperty("buckets").EnumerateArray())
        {
            foreach (var count in bucket.GetProperty("counts").EnumerateObject())
            {
                totals[count.Name] = totals.GetValueOrDefault(count.Name) + count.Value.GetInt32();
            }
        }

        // q=nobody: leaves-on-the-window (grief, calm), end-of-july (joy), the pain of reaching out (longing, grief).
        Assert.Equal(2, totals["grief"]);
        Assert.Equal(1, totals["joy"]);
        Assert.Equal(1, totals["longing"]);
        Assert.Equal(1, totals["calm"]);
        Assert.Equal(5, totals.Values.Sum());
    }

    [Fact]
    public async Task TheTimelineRefusesAStopWordSearchNamingQ()
    {
        using var response = await Client.GetAsync(new Uri("/api/emotions/timeline?q=the", UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "q");
    }

    private static string[] Slugs(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
}
