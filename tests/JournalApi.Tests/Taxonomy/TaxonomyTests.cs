using System.Text.Json;

namespace JournalApi.Tests.Taxonomy;

/// <summary><c>/api/tags</c>, <c>/api/emotions</c> and <c>/api/archive</c> over the visible posts only.</summary>
public sealed class TaxonomyTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Fact]
    public async Task TagsAreListedMostUsedFirstWithCountAndLatestDate()
    {
        using var client = await factory.CreateReadyClientAsync();

        var tags = (await client.GetJsonAsync("/api/tags")).EnumerateArray().ToList();

        AssertTerm(tags[0], "connection", 4, "2026-10-30");
        AssertTerm(tags[1], "midlife", 3, "2026-02-14");
        AssertTerm(tags.Single(t => t.GetProperty("name").GetString() == "vulnerability"), "vulnerability", 1, "2025-07-09");
        AssertMostUsedFirst(tags);
        Assert.Equal(
            ["autumn", "beginnings", "connection", "family", "friendship", "joy", "midlife", "music", "reflection", "routine",
                "self-care", "summer", "vulnerability", "walking"],
            tags.Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EmotionsAreListedMostUsedFirstWithCountAndLatestDate()
    {
        using var client = await factory.CreateReadyClientAsync();

        var emotions = (await client.GetJsonAsync("/api/emotions")).EnumerateArray().ToList();

        AssertTerm(emotions[0], "grief", 4, "2026-10-30");
        AssertTerm(emotions.Single(e => e.GetProperty("name").GetString() == "longing"), "longing", 2, "2025-07-09");
        AssertTerm(emotions.Single(e => e.GetProperty("name").GetString() == "fear"), "fear", 1, "2023-03-14");
        AssertMostUsedFirst(emotions);
        Assert.Equal(["calm", "fear", "grief", "hope", "joy", "longing", "tenderness"],
            emotions.Select(e => e.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/tags", "secret")]
    [InlineData("/api/tags", "future-only")]
    [InlineData("/api/emotions", "shame")]
    [InlineData("/api/emotions", "anticipation")]
    public async Task TermsOfHiddenEntriesAreNotCounted(string path, string term)
    {
        using var client = await factory.CreateReadyClientAsync();

        var terms = await client.GetJsonAsync(path);

        Assert.DoesNotContain(term, terms.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ArchiveCountsPostsByYearAndMonthLatestFirst()
    {
        using var client = await factory.CreateReadyClientAsync();

        var archive = await client.GetJsonAsync("/api/archive");

        var years = archive.GetProperty("years").EnumerateArray()
            .Select(y => (
                Year: y.GetProperty("year").GetInt32(),
                Count: y.GetProperty("count").GetInt32(),
                Months: string.Join(' ', y.GetProperty("months").EnumerateArray()
                    .Select(m => $"{m.GetProperty("month").GetInt32()}:{m.GetProperty("count").GetInt32()}"))))
            .ToList();
        Assert.Equal(
            [(2026, 2, "10:1 2:1"), (2025, 4, "8:1 7:3"), (2024, 2, "5:1 1:1"), (2023, 2, "8:1 3:1")],
            years);
    }

    private static void AssertTerm(JsonElement term, string name, int count, string latestDate)
    {
        // Emotions are a tree: they also carry their parent, children and the count including descendants.
        Assert.Equal(term.TryGetProperty("parent", out _) ? ["name", "parent", "children", "count", "totalCount", "latestDate"] : ["name", "count", "latestDate"],
            term.EnumerateObject().Select(p => p.Name));
        Assert.Equal(name, term.GetProperty("name").GetString());
        Assert.Equal(count, term.GetProperty("count").GetInt32());
        Assert.Equal(latestDate, term.GetProperty("latestDate").GetString());
    }

    private static void AssertMostUsedFirst(List<JsonElement> terms)
    {
        var counts = terms.Select(t => t.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }
}
