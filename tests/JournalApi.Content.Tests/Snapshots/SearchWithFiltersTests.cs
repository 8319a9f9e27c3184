using JournalApi.Content.Model;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Search;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>
/// A search with other filters over the generated journal: a query without filters takes a shortcut (the search's own
/// matches), so every kind of filter must still be seen as one.
/// </summary>
public sealed class SearchWithFiltersTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private ContentSnapshot Snapshot => corpus.Snapshot;

    [Theory]
    [InlineData("remembering")]
    [InlineData("\"kitchen window\"")]
    [InlineData("forg* silence")]
    public void EveryKindOfFilterNarrowsASearchAsItNarrowsTheWholeJournal(string text)
    {
        var search = Snapshot.SearchIndex.Parse(text);
        var searched = Slugs(new PostQuery { Search = search });
        Assert.NotEmpty(searched);

        foreach (var (name, filter) in Filters(Snapshot.Posts))
        {
            var alone = Slugs(filter).ToHashSet(StringComparer.Ordinal);
            var expected = searched.Where(alone.Contains).ToList();
            var both = Snapshot.Query(filter with { Search = search, PageSize = Snapshot.Posts.Count, WithFacets = true });

            Assert.True(expected.Count < searched.Count, $"{name} removes none of the posts '{text}' finds, so it proves nothing");
            Assert.Equal(expected, both.Items.Select(p => p.Slug));
            Assert.Equal(expected.Count, both.TotalItems);
            Assert.Equal(expected.Count, both.Facets!.Years.Sum(y => y.Count));
        }
    }

    [Fact]
    public void ASearchWithoutFiltersListsEveryMatchNewestFirstWithItsFacets()
    {
        var result = Snapshot.SearchIndex.Search("remembering");
        var page = Snapshot.Query(new PostQuery { Search = result.Query, PageSize = Snapshot.Posts.Count, WithFacets = true });

        Assert.Equal(result.Matches.ToArray().Select(i => Snapshot.Posts[i].Slug), page.Items.Select(p => p.Slug));
        Assert.Equal(result.Count, page.Facets!.Years.Sum(y => y.Count));
    }

    private List<string> Slugs(PostQuery query) =>
        [.. Snapshot.Query(query with { PageSize = Snapshot.Posts.Count }).Items.Select(p => p.Slug)];

    /// <summary>One query of each filter kind, on values the generated posts carry, each leaving out a good share of the posts.</summary>
    private static IEnumerable<(string Name, PostQuery Filter)> Filters(IReadOnlyList<Post> posts)
    {
        var tag = posts.SelectMany(p => p.Tags).GroupBy(t => t).MaxBy(g => g.Count())!.Key;
        var emotion = posts.SelectMany(p => p.Emotions).GroupBy(e => e).MaxBy(g => g.Count())!.Key;
        var middle = posts[posts.Count / 2].Date.Day;
        yield return ("a tag", new PostQuery { Tags = [tag] });
        yield return ("an excluded tag", new PostQuery { ExcludeTags = [tag] });
        yield return ("an emotion", new PostQuery { Emotions = [emotion] });
        yield return ("an excluded emotion", new PostQuery { ExcludeEmotions = [emotion] });
        yield return ("a first day", new PostQuery { From = middle });
        yield return ("a last day", new PostQuery { To = middle });
        yield return ("a calendar day", new PostQuery { SameDay = (middle.Month, middle.Day, 9999) });
        if (posts.SelectMany(p => p.Categories).GroupBy(c => c).MaxBy(g => g.Count()) is { } category)
        {
            yield return ("a category", new PostQuery { Categories = [category.Key] });
            yield return ("an excluded category", new PostQuery { ExcludeCategories = [category.Key] });
        }
    }
}
