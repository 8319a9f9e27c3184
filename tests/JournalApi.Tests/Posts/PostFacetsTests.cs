using System.Text.Json;
using JournalApi.Tests.Emotions;

namespace JournalApi.Tests.Posts;

/// <summary>
/// Facets on list pages, over the fixture journal with its vocabulary (grief and longing under sadness) and one entry
/// whose emotion is unknown ('sorow'): counted over every match, and each count is what adding that value as a filter leaves.
/// </summary>
public sealed class PostFacetsTests(VocabularyHost host) : IClassFixture<VocabularyHost>
{
    // Filters whose facets must agree with adding one more value (all-match filters, so that adding narrows).
    public static TheoryData<string> Filters =>
        ["", "emotion=sadness", "emotion=grief", "tag=connection", "year=2025", "q=nobody", "excludeEmotion=grief", "excludeTag=midlife", "q=walk&excludeTag=walking"];

    private HttpClient Client => host.Client;

    [Theory]
    [InlineData("/api/posts")]
    [InlineData("/api/posts?page=2&pageSize=3")]
    [InlineData("/api/posts?page=99")]
    [InlineData("/api/posts?q=nobody&sort=title")]
    [InlineData("/api/posts/on-this-day?date=07-09")]
    [InlineData("/api/posts/on-this-day")]
    public async Task EveryListPageCarriesFacets(string path)
    {
        var facets = (await Client.GetJsonAsync(path)).GetProperty("facets");

        Assert.Equal(["categories", "emotions", "tags", "years"], facets.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(facets.EnumerateObject(), p => Assert.Equal(JsonValueKind.Array, p.Value.ValueKind));
    }

    [Fact]
    public async Task AnEmptyPageHasEmptyFacets()
    {
        var facets = (await Client.GetJsonAsync("/api/posts?tag=no-such-tag")).GetProperty("facets");

        Assert.Empty(facets.GetProperty("tags").EnumerateArray());
        Assert.Empty(facets.GetProperty("emotions").EnumerateArray());
        Assert.Empty(facets.GetProperty("years").EnumerateArray());
    }

    [Fact]
    public async Task OnThisDayCountsItsOwnPosts()
    {
        var facets = (await Client.GetJsonAsync("/api/posts/on-this-day?date=07-09")).GetProperty("facets");

        Assert.Equal(["connection:1", "midlife:1", "vulnerability:1"], Named(facets, "tags"));
        Assert.Equal(["grief:1", "longing:1", "sadness:1"], Named(facets, "emotions"));
        Assert.Equal(["2025:1"], Years(facets));
    }

    [Fact]
    public async Task TheWholeJournalsFacetsHoldTheseCounts()
    {
        var facets = (await Client.GetJsonAsync("/api/posts?pageSize=1")).GetProperty("facets");

        Assert.Equal(["connection:4", "midlife:3"], Named(facets, "tags").Take(2));
        Assert.Equal(["sadness:5", "grief:4", "calm:3", "joy:3"], Named(facets, "emotions").Take(4));
        Assert.Equal(["2026:2", "2025:5", "2024:2", "2023:2"], Years(facets));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task FacetsAreCountedOverEveryPageNotJustThisOne(string filter)
    {
        var one = (await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=1"))).GetProperty("facets");
        var all = (await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=100"))).GetProperty("facets");
        var third = (await Client.GetJsonAsync("/api/posts" + Query(filter, "page=3&pageSize=2"))).GetProperty("facets");

        Assert.Equal(all.GetRawText(), one.GetRawText());
        Assert.Equal(all.GetRawText(), third.GetRawText());
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EachTagCountIsWhatAddingThatTagLeaves(string filter)
    {
        var page = await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=100"));

        var tags = Values(page.GetProperty("facets"), "tags");
        Assert.Equal(Carried(page, "tags"), tags.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var (tag, count) in tags)
        {
            Assert.True(count == await TotalAsync(Query(filter, $"tag={Uri.EscapeDataString(tag)}")), $"?{filter}: tag '{tag}' is counted {count}.");
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EachEmotionCountIsWhatAddingThatEmotionLeavesParentsCountingTheirDescendants(string filter)
    {
        var page = await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=100"));

        var emotions = Values(page.GetProperty("facets"), "emotions");
        Assert.Superset(Carried(page, "emotions").ToHashSet(StringComparer.Ordinal), emotions.Select(e => e.Name).ToHashSet(StringComparer.Ordinal));
        foreach (var (emotion, count) in emotions)
        {
            Assert.True(count == await TotalAsync(Query(filter, $"emotion={Uri.EscapeDataString(emotion)}")), $"?{filter}: emotion '{emotion}' is counted {count}.");
        }
    }

    [Fact]
    public async Task AParentEmotionCountsThePostsOfItsDescendants()
    {
        var emotions = Values((await Client.GetJsonAsync("/api/posts")).GetProperty("facets"), "emotions").ToDictionary(e => e.Name, e => e.Count);

        Assert.Equal(await TotalAsync("?emotion=grief,longing&emotionMatch=any"), emotions["sadness"]);
        Assert.Equal(5, emotions["sadness"]);
        Assert.Equal(1, emotions["sorow"]);
    }

    [Theory]
    [InlineData("emotionMatch=exact")]
    [InlineData("emotionMatch=exact&tag=connection")]
    [InlineData("emotionMatch=exact&emotion=grief")]
    public async Task WithEmotionMatchExactEachEmotionCountsOnlyItsOwnPosts(string filter)
    {
        var page = await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=100"));

        var emotions = Values(page.GetProperty("facets"), "emotions");
        Assert.Equal(Carried(page, "emotions"), emotions.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(emotions, e => e.Name == "sadness");
        foreach (var (emotion, count) in emotions)
        {
            Assert.True(count == await TotalAsync(Query(filter, $"emotion={emotion}")), $"?{filter}: emotion '{emotion}' is counted {count}.");
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EachYearCountIsWhatAddingThatYearLeavesAndTheYearsSumToTheTotal(string filter)
    {
        var page = await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=1"));

        var years = page.GetProperty("facets").GetProperty("years").EnumerateArray()
            .Select(y => (Year: y.GetProperty("year").GetInt32(), Count: y.GetProperty("count").GetInt32())).ToList();
        Assert.Equal(page.GetProperty("totalItems").GetInt32(), years.Sum(y => y.Count));
        Assert.Equal(years.Select(y => y.Year).OrderDescending(), years.Select(y => y.Year));
        foreach (var (year, count) in years)
        {
            var withYear = filter.Contains("year=", StringComparison.Ordinal) ? Query(filter, "page=1") : Query(filter, $"year={year}");
            Assert.True(count == await TotalAsync(withYear), $"?{filter}: year {year} is counted {count}.");
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ValuesAreMostFrequentFirstThenByName(string filter)
    {
        var facets = (await Client.GetJsonAsync("/api/posts" + Query(filter, "pageSize=1"))).GetProperty("facets");

        foreach (var kind in new[] { "tags", "emotions" })
        {
            var values = Values(facets, kind);
            Assert.Equal(values.OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal), values);
        }
    }

    [Fact]
    public async Task ExcludedValuesLeaveTheFacets()
    {
        var facets = (await Client.GetJsonAsync("/api/posts?excludeTag=connection&excludeEmotion=sadness")).GetProperty("facets");

        Assert.DoesNotContain("connection", Values(facets, "tags").Select(t => t.Name));
        Assert.DoesNotContain(Values(facets, "emotions"), e => e.Name is "sadness" or "grief" or "longing");
    }

    private static string Query(string filter, string extra) => "?" + (filter.Length == 0 ? extra : filter + "&" + extra);

    private async Task<int> TotalAsync(string query) =>
        (await Client.GetJsonAsync("/api/posts" + query + (query.Length > 0 ? "&" : "?") + "pageSize=1")).GetProperty("totalItems").GetInt32();

    private static List<(string Name, int Count)> Values(JsonElement facets, string kind) =>
        [.. facets.GetProperty(kind).EnumerateArray().Select(v => (v.GetProperty("name").GetString()!, v.GetProperty("count").GetInt32()))];

    private static string[] Named(JsonElement facets, string kind) => [.. Values(facets, kind).Select(v => $"{v.Name}:{v.Count}")];

    private static string[] Years(JsonElement facets) =>
        [.. facets.GetProperty("years").EnumerateArray().Select(y => $"{y.GetProperty("year").GetInt32()}:{y.GetProperty("count").GetInt32()}")];

    /// <summary>Every distinct tag or emotion the matching posts carry (the page must hold them all).</summary>
    private static string[] Carried(JsonElement page, string field)
    {
        Assert.Equal(page.GetProperty("totalItems").GetInt32(), page.GetProperty("items").GetArrayLength());
        return [.. page.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty(field).EnumerateArray().Select(v => v.GetString()!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
