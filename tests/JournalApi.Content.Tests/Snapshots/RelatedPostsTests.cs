using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Search;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>Related posts: shared values weighed by rarity, text similarity, never the post itself, stable ties.</summary>
public sealed class RelatedPostsTests
{
    private static readonly string[] Letters = ["a", "b", "c"];
    private static readonly DateTimeOffset BuiltAt = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ThePostItselfIsNeverRelated()
    {
        var snapshot = Snapshot(
            Entry("a", 1, tags: ["grief"], body: "the river in winter"),
            Entry("b", 2, tags: ["grief"], body: "the river in winter"));

        var related = snapshot.Related(snapshot.Find("a")!, 10);

        Assert.Equal(["b"], related.Select(r => r.Post.Slug));
    }

    [Fact]
    public void ARarerSharedTagWeighsMoreThanACommonOne()
    {
        var snapshot = Snapshot(
            Entry("subject", 1, tags: ["everyday", "cello"]),
            Entry("shares-rare", 2, tags: ["cello"]),
            Entry("shares-common", 3, tags: ["everyday"]),
            Entry("other-1", 4, tags: ["everyday"]),
            Entry("other-2", 5, tags: ["everyday"]));

        var related = snapshot.Related(snapshot.Find("subject")!, 10);

        Assert.Equal("shares-rare", related[0].Post.Slug);
        Assert.True(related[0].Score > related.Single(r => r.Post.Slug == "shares-common").Score);
    }

    [Fact]
    public void SharedEmotionsCountAndAreNamed()
    {
        var snapshot = Snapshot(
            Entry("subject", 1, tags: ["walking"], emotions: ["grief", "calm"], body: "Frost on the allotment."),
            Entry("shares-emotion", 2, emotions: ["grief", "joy"], body: "A phone call that ran long."),
            Entry("shares-nothing", 3, tags: ["music"], emotions: ["joy"], body: "Choir practice in the hall."));

        var related = snapshot.Related(snapshot.Find("subject")!, 10);

        var first = Assert.Single(related);
        Assert.Equal("shares-emotion", first.Post.Slug);
        Assert.Equal(["grief"], first.SharedEmotions);
        Assert.Empty(first.SharedTags);
    }

    [Fact]
    public void TextSimilarityRelatesPostsThatShareNoValue()
    {
        var snapshot = Snapshot(
            Entry("subject", 1, body: "Rosin on the bow, then scales on the cello until the bow arm stops shaking."),
            Entry("same-words", 2, body: "The cello again: rosin, bow, scales, and a shaking bow arm."),
            Entry("other-words", 3, body: "Bread dough rose overnight in the cold kitchen."),
            Entry("filler", 4, body: "A letter from the council about the bins."));

        var related = snapshot.Related(snapshot.Find("subject")!, 10);

        Assert.Equal("same-words", related[0].Post.Slug);
        Assert.InRange(related[0].Score, 0.0001, ContentSnapshot.TextSimilarityWeight);
        Assert.DoesNotContain(related, r => r.Post.Slug == "other-words" && r.Score >= related[0].Score);
    }

    [Fact]
    public void EqualScoresComeNewestFirstOnEveryCall()
    {
        var snapshot = Snapshot(
            Entry("subject", 1, tags: ["choir"]),
            Entry("older-twin", 2, tags: ["choir"]),
            Entry("newer-twin", 9, tags: ["choir"]),
            Entry("middle-twin", 5, tags: ["choir"]));

        var first = snapshot.Related(snapshot.Find("subject")!, 10);
        var second = snapshot.Related(snapshot.Find("subject")!, 10);

        Assert.Equal(["newer-twin", "middle-twin", "older-twin"], first.Select(r => r.Post.Slug));
        Assert.Equal(first.Select(r => r.Post.Slug), second.Select(r => r.Post.Slug));
        Assert.Single(first.Select(r => r.Score).Distinct());
    }

    [Fact]
    public void TheLimitCapsTheListAndScoresDescend()
    {
        var snapshot = Snapshot([Entry("subject", 1, tags: ["a", "b", "c"]), .. Enumerable.Range(2, 8).Select(day =>
            Entry($"post-{day}", day, tags: [.. Letters.Take(1 + (day % 3))]))]);

        var related = snapshot.Related(snapshot.Find("subject")!, 4);

        Assert.Equal(4, related.Count);
        Assert.Equal(related.Select(r => r.Score).OrderDescending(), related.Select(r => r.Score));
    }

    private static ContentSnapshot Snapshot(params Post[] posts) => new(posts, [], BuiltAt);

    private static Post Entry(string slug, int day, string[]? tags = null, string[]? emotions = null, string body = "Nothing much.") =>
        SearchPosts.Post(slug, slug.Replace('-', ' '), body: body) with
        {
            Date = new PostDate(new DateOnly(2025, 1, day), new DateTimeOffset(2025, 1, day, 0, 0, 0, TimeSpan.Zero), false),
            Tags = [.. tags ?? []],
            Emotions = [.. emotions ?? []],
        };
}
