using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Emotions;

/// <summary>Over HTTP, with a vocabulary: queries take in descendants and aliases, unknown emotions are warned about, and the tree is served.</summary>
public sealed class EmotionVocabularyTests(VocabularyHost host) : IClassFixture<VocabularyHost>
{
    private HttpClient Client => host.Client;

    [Fact]
    public async Task AnEmotionFindsTheEntriesOfItsDescendants()
    {
        var slugs = await Client.GetSlugsAsync("?emotion=sadness");

        Assert.Contains(FixtureJournal.PainOfReachingOut, slugs);
        Assert.Equal(FixtureJournal.Only("leaves-on-the-window", FixtureJournal.PainOfReachingOut, "two-coffees", "the-year-turns",
            "a-letter-written-in-the-heatwave"), slugs);
    }

    [Fact]
    public async Task ExactMatchLeavesTheDescendantsOut()
    {
        var page = await Client.GetJsonAsync("/api/posts?emotion=sadness&emotionMatch=exact");

        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task AnAliasFindsTheEntriesOfItsEmotion() =>
        Assert.Equal(await Client.GetSlugsAsync("?emotion=grief"), await Client.GetSlugsAsync("?emotion=sorrow"));

    [Fact]
    public async Task AnAliasFindsTheEntriesOfItsEmotionWhenExactToo() =>
        Assert.Equal(
            FixtureJournal.Only("leaves-on-the-window", FixtureJournal.PainOfReachingOut, "the-year-turns", "a-letter-written-in-the-heatwave"),
            await Client.GetSlugsAsync("?emotion=Sorrow&emotionMatch=exact"));

    [Fact]
    public async Task AnEntryWithAnUnknownEmotionIsServedAsWritten()
    {
        var post = await Client.GetJsonAsync("/api/posts/" + VocabularyHost.MisspeltFeeling);

        Assert.Equal(["sorow"], post.GetProperty("emotions").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task TheUnknownEmotionIsADiagnosticThatSuggestsTheNearestAlias()
    {
        var diagnostics = await Client.GetJsonAsync("/api/diagnostics");

        var warning = Assert.Single(diagnostics.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "JA0302");
        Assert.Equal(JournalExtras.MisspeltFeeling, warning.GetProperty("path").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("emotions", warning.GetProperty("field").GetString());
        Assert.Equal(5, warning.GetProperty("line").GetInt32());
        Assert.Contains("did you mean 'sorrow'?", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("'sorrow'", warning.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
        Assert.False(warning.GetProperty("servingLastGood").GetBoolean());
    }

    [Fact]
    public async Task TheTreeGivesEveryEmotionItsParentChildrenAndBothCounts()
    {
        var tree = (await Client.GetJsonAsync("/api/emotions")).EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);

        AssertNode(tree["sadness"], parent: null, children: ["grief", "longing"], count: 0, totalCount: 5, latestDate: "2026-10-30");
        AssertNode(tree["grief"], parent: "sadness", children: [], count: 4, totalCount: 4, latestDate: "2026-10-30");
        AssertNode(tree["longing"], parent: "sadness", children: [], count: 2, totalCount: 2, latestDate: "2025-07-09");
        AssertNode(tree["sorow"], parent: null, children: [], count: 1, totalCount: 1, latestDate: "2025-09-14");
        AssertNode(tree["shame"], parent: null, children: [], count: 0, totalCount: 0, latestDate: null);
        Assert.DoesNotContain("sorrow", tree.Keys);
    }

    [Fact]
    public async Task TheTreeIsOrderedByTotalCountThenName()
    {
        var tree = (await Client.GetJsonAsync("/api/emotions")).EnumerateArray()
            .Select(e => (Total: e.GetProperty("totalCount").GetInt32(), Name: e.GetProperty("name").GetString()!)).ToList();

        Assert.Equal(tree.OrderByDescending(e => e.Total).ThenBy(e => e.Name, StringComparer.Ordinal), tree);
        Assert.Equal("sadness", tree[0].Name);
    }

    [Fact]
    public async Task OneEmotionIsDescribedWithItsPlaceAliasesDatesAndCompany()
    {
        var grief = await Client.GetJsonAsync("/api/emotions/grief");

        Assert.Equal(["name", "parent", "children", "aliases", "description", "count", "firstDate", "latestDate", "cooccurring"],
            grief.EnumerateObject().Select(p => p.Name));
        Assert.Equal("grief", grief.GetProperty("name").GetString());
        Assert.Equal("sadness", grief.GetProperty("parent").GetString());
        Assert.Empty(grief.GetProperty("children").EnumerateArray());
        Assert.Equal(["sorrow"], grief.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Sadness for someone or something lost for good.", grief.GetProperty("description").GetString());
        Assert.Equal(4, grief.GetProperty("count").GetInt32());
        Assert.Equal("2023-08-02", grief.GetProperty("firstDate").GetString());
        Assert.Equal("2026-10-30", grief.GetProperty("latestDate").GetString());
        Assert.Equal(["calm:1", "hope:1", "longing:1", "tenderness:1"], NameCounts(grief.GetProperty("cooccurring").GetProperty("emotions")));
        Assert.Equal(["connection:2", "midlife:2", "autumn:1", "family:1", "reflection:1", "summer:1", "vulnerability:1"],
            NameCounts(grief.GetProperty("cooccurring").GetProperty("tags")));
    }

    [Fact]
    public async Task AParentIsDescribedWithItsChildren()
    {
        var sadness = await Client.GetJsonAsync("/api/emotions/sadness");

        Assert.Equal(JsonValueKind.Null, sadness.GetProperty("parent").ValueKind);
        Assert.Equal(["grief", "longing"], sadness.GetProperty("children").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, sadness.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, sadness.GetProperty("firstDate").ValueKind);
    }

    [Theory]
    [InlineData("sorrow")]
    [InlineData("GRIEF")]
    public async Task AnEmotionCanBeAskedForByAliasOrInCapitals(string name)
    {
        var grief = await Client.GetJsonAsync("/api/emotions/" + name);

        Assert.Equal("grief", grief.GetProperty("name").GetString());
        Assert.Equal(4, grief.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AnUnknownEmotionAnswersProblemDetails404()
    {
        using var response = await Client.GetAsync(new Uri("/api/emotions/bewilderment", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("'bewilderment'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static void AssertNode(JsonElement node, string? parent, string[] children, int count, int totalCount, string? latestDate)
    {
        Assert.Equal(parent, node.GetProperty("parent").GetString());
        Assert.Equal(children, node.GetProperty("children").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(count, node.GetProperty("count").GetInt32());
        Assert.Equal(totalCount, node.GetProperty("totalCount").GetInt32());
        Assert.Equal(latestDate, node.GetProperty("latestDate").GetString());
    }

    private static string[] NameCounts(JsonElement list) =>
        [.. list.EnumerateArray().Select(e => $"{e.GetProperty("name").GetString()}:{e.GetProperty("count").GetInt32()}")];
}
