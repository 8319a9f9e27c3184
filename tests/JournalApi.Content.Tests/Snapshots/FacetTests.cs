using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Search;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>
/// Facets over a generated corpus: under several queries, every count equals what filtering on that value gives,
/// every value left out would give nothing, and the counts do not depend on the page or the order.
/// </summary>
public sealed class FacetTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private ContentSnapshot Snapshot => corpus.Snapshot;

    public static TheoryData<string> Queries => ["everything", "tag", "emotion", "year", "search", "excluded", "exact"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void EachTagCountEqualsTheMatchesOfThatTagAdded(string name)
    {
        var query = QueryNamed(name);
        var facets = FacetsOf(query);

        foreach (var tag in Snapshot.Tags.Select(t => t.Name))
        {
            var filtered = Snapshot.Query(query with { Tags = [.. query.Tags, tag] }).TotalItems;
            Assert.Equal(filtered, facets.Tags.SingleOrDefault(f => f.Name == tag)?.Count ?? 0);
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void EachEmotionCountEqualsTheMatchesOfThatEmotionAdded(string name)
    {
        var query = QueryNamed(name);
        var facets = FacetsOf(query);

        foreach (var emotion in Snapshot.EmotionTree.Select(e => e.Name))
        {
            var filtered = Snapshot.Query(query with { Emotions = [.. query.Emotions, emotion] }).TotalItems;
            Assert.Equal(filtered, facets.Emotions.SingleOrDefault(f => f.Name == emotion)?.Count ?? 0);
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void EachYearCountEqualsTheMatchesOfThatYearAndTheyAddUpToTheTotal(string name)
    {
        var query = QueryNamed(name);
        var page = Snapshot.Query(query with { WithFacets = true });

        foreach (var year in Snapshot.Archive.Select(y => y.Year))
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var filtered = Snapshot.Query(query with
            {
                From = query.From is { } from && from > first ? from : first,
                To = query.To is { } to && to < last ? to : last,
            }).TotalItems;
            Assert.Equal(filtered, page.Facets!.Years.SingleOrDefault(y => y.Year == year)?.Count ?? 0);
        }

        Assert.Equal(page.TotalItems, page.Facets!.Years.Sum(y => y.Count));
    }

    [Fact]
    public void FacetsCountEveryPageNotOnlyTheOneAskedFor()
    {
        var query = QueryNamed("tag") with { WithFacets = true };

        var onePerPage = Snapshot.Query(query with { PageSize = 1, Page = 3 }).Facets!;
        var byTitle = Snapshot.Query(query with { PageSize = 100, Sort = PostSort.TitleDescending }).Facets!;

        Assert.Equal(byTitle.Tags, onePerPage.Tags);
        Assert.Equal(byTitle.Emotions, onePerPage.Emotions);
        Assert.Equal(byTitle.Years, onePerPage.Years);
    }

    [Fact]
    public void ValuesComeMostFrequentFirstAndYearsLatestFirst()
    {
        var facets = FacetsOf(new PostQuery());

        Assert.Equal(facets.Tags.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal), facets.Tags);
        Assert.Equal(facets.Emotions.OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal), facets.Emotions);
        Assert.Equal(facets.Years.OrderByDescending(y => y.Year), facets.Years);
        Assert.True(facets.Tags.Count > 10 && facets.Years.Count > 1, "The generated corpus should give many tags and several years.");
    }

    [Fact]
    public void WithoutBeingAskedForAPageHasNoFacets() => Assert.Null(Snapshot.Query(new PostQuery()).Facets);

    private PostFacets FacetsOf(PostQuery query) => Snapshot.Query(query with { WithFacets = true }).Facets!;

    private PostQuery QueryNamed(string name)
    {
        var commonTag = Snapshot.Tags[0].Name;
        var commonEmotion = Snapshot.Emotions[0].Name;
        var latestYear = Snapshot.Archive[0].Year;
        return name switch
        {
            "tag" => new PostQuery { Tags = [commonTag] },
            "emotion" => new PostQuery { Emotions = [commonEmotion] },
            "year" => new PostQuery { From = new DateOnly(latestYear, 1, 1), To = new DateOnly(latestYear, 12, 31) },
            "search" => new PostQuery { Search = Snapshot.SearchIndex.Parse(Snapshot.Posts[0].Title.Split(' ').MaxBy(w => w.Length)) },
            "excluded" => new PostQuery { ExcludeTags = [commonTag], ExcludeEmotions = [commonEmotion] },
            "exact" => new PostQuery { Emotions = [commonEmotion], EmotionMatch = MatchMode.Exact },
            _ => new PostQuery(),
        };
    }
}
