using System.Text.Json;

namespace JournalApi.Tests.Posts;

/// <summary>
/// Issue 5's done-when: related posts for the seed entry, among the repository's sample content (<c>content/</c> with its
/// emotions.yml, plus the fixture's look-alike of the seed), put the entries sharing grief or connection first, with reasons.
/// </summary>
public sealed class RelatedSampleContentTests : IAsyncLifetime
{
    private const string SeedRelated = "/api/posts/" + FixtureJournal.PainOfReachingOut + "/related";

    private readonly JournalApiFactory journal = SampleJournal();
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await journal.CreateReadyClientAsync();

    public async Task DisposeAsync()
    {
        client.Dispose();
        await journal.DisposeAsync();
    }

    [Fact]
    public async Task TheFirstRelatedEntriesShareGriefOrConnectionAndSaySo()
    {
        var items = Items(await client.GetJsonAsync(SeedRelated));

        var shown = string.Join("; ", items.Select(Describe));
        Assert.Equal(5, items.Length);
        Assert.All(items, item => Assert.True(SharesGriefOrConnection(item), $"Expected grief or connection shared by every default item: {shown}"));
        Assert.Equal(["the-call-that-never-came", "the-letter-i-did-not-send"], items.Take(2).Select(Slug));
        var first = RelatedFields.SharedOf(items[0]);
        Assert.Equal(["connection", "vulnerability"], Strings(first, "tags"));
        Assert.Equal(["longing", "grief"], Strings(first, "emotions"));
    }

    [Fact]
    public async Task EveryEntrySharingGriefOrConnectionIsListedAboveEveryEntrySharingOnlyWords()
    {
        var items = Items(await client.GetJsonAsync(SeedRelated + "?limit=50"));

        var slugs = items.Select(Slug).ToList();
        var sharing = items.Where(SharesGriefOrConnection).Select(Slug).ToList();
        var wordsOnly = items.Where(i => Strings(RelatedFields.SharedOf(i), "tags").Length + Strings(RelatedFields.SharedOf(i), "emotions").Length == 0).Select(Slug).ToList();
        Assert.Equal(
            ["an-old-friend-in-a-new-city", "my-mothers-garden", "the-call-that-never-came", "the-choir-on-tuesdays", "the-empty-chair-at-breakfast",
                "the-letter-i-did-not-send", "what-grief-knows-about-connection"],
            sharing.Order(StringComparer.Ordinal));
        Assert.NotEmpty(wordsOnly);
        Assert.True(sharing.Max(slugs.IndexOf) < wordsOnly.Min(slugs.IndexOf), string.Join("; ", items.Select(Describe)));
    }

    [Fact]
    public async Task ScoresDescendTheSeedIsNeverItsOwnRelativeAndTheLimitHolds()
    {
        var items = Items(await client.GetJsonAsync(SeedRelated + "?limit=50"));

        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.DoesNotContain(FixtureJournal.PainOfReachingOut, items.Select(Slug));
        Assert.Equal(items.Take(2).Select(Slug), Items(await client.GetJsonAsync(SeedRelated + "?limit=2")).Select(Slug));
    }

    private static bool SharesGriefOrConnection(JsonElement item) =>
        Strings(RelatedFields.SharedOf(item), "tags").Contains("connection") || Strings(RelatedFields.SharedOf(item), "emotions").Contains("grief");

    private static string Describe(JsonElement item) =>
        $"{Slug(item)} {item.GetProperty("score").GetDouble()} [{string.Join(',', Strings(RelatedFields.SharedOf(item), "tags"))}|{string.Join(',', Strings(RelatedFields.SharedOf(item), "emotions"))}]";

    private static JournalApiFactory SampleJournal()
    {
        var journal = JournalApiFactory.OverEmptyFolder();
        var content = Path.Combine(RepositoryRoot(), "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.md").Append(Path.Combine(content, "emotions.yml")))
        {
            journal.WithFile(Path.GetFileName(file), File.ReadAllText(file));
        }

        var seed = "2025-07-09-the-pain-of-reaching-out.md";
        return journal.WithFile(seed, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Journal", seed)));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JournalApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No JournalApi.sln above {AppContext.BaseDirectory}.");
    }

    private static JsonElement[] Items(JsonElement answer) => [.. answer.GetProperty("items").EnumerateArray()];

    private static string Slug(JsonElement item) => item.GetProperty("slug").GetString()!;

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(v => v.GetString()!)];
}
