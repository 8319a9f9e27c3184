using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Tests.Search;

/// <summary>
/// An index made from the previous one and the changed posts must be the index a full build of the same posts makes:
/// the same terms, folded forms, postings, positions and BM25 impacts, so every search, ranking and snippet is the same.
/// </summary>
public sealed class IncrementalIndexTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private static readonly string[] Queries =
    [
        "kitchen", "kitchen window", "\"kitchen window\"", "remember*", "connecti*", "quiet -winter", "zephyrine", "zephyr*",
        "aardwolves", "aardwol*", "letting people in", "the slow way back to", "forgiveness", "hospital stairs daughter", "winter OR summer",
    ];

    private IReadOnlyList<Post> Corpus => corpus.Snapshot.Posts;

    [Fact]
    public void AnEditedBodyGivesTheIndexAFullBuildGives()
    {
        var posts = Corpus.ToArray();
        posts[7] = posts[7] with { PlainText = posts[7].PlainText + " A zephyrine sentence the edit adds about the kitchen window." };

        AssertSameAsFullBuild(Corpus, posts);
    }

    [Fact]
    public void AnEditedTitleAndDescriptionGiveTheIndexAFullBuildGives()
    {
        var posts = Corpus.ToArray();
        posts[3] = posts[3] with { Title = "Aardwolves at the kitchen window", Description = "Remembering zephyrine evenings." };

        AssertSameAsFullBuild(Corpus, posts);
    }

    [Fact]
    public void ATermThatAppearsAndThenDisappearsComesAndGoesAsInAFullBuild()
    {
        var before = Corpus.ToArray();
        var with = before.ToArray();
        with[10] = with[10] with { PlainText = with[10].PlainText + " Aardwolves zephyrine." };
        var added = AssertSameAsFullBuild(before, with);
        Assert.Equal(1, added.Search("aardwolves").Count);

        var removed = SearchIndex.Build(before, added);
        Assert.True(removed.IsFromPrevious);
        AssertSameIndex(SearchIndex.Build(before), removed, before);
        Assert.Equal(0, removed.Search("aardwolves").Count);
        Assert.Equal(0, removed.Search("zephyr*").Count);
    }

    [Fact]
    public void ASpellingWhoseTermStaysElsewhereLeavesThePrefixesAsAFullBuild()
    {
        // "connecting" and "connection" fold to forms a prefix finds; the term "connect" stays in other posts.
        var posts = Corpus.ToArray();
        posts[0] = posts[0] with { PlainText = "We kept connecting, then connection. " + posts[0].PlainText };
        posts[1] = posts[1] with { PlainText = "Connect the wires. " + posts[1].PlainText };
        var before = SearchIndex.Build(posts);
        var after = posts.ToArray();
        after[0] = Corpus[0];

        var delta = SearchIndex.Build(after, before);

        Assert.True(delta.IsFromPrevious);
        AssertSameIndex(SearchIndex.Build(after), delta, after);
    }

    [Fact]
    public void ADeletedPostChangesTheCountsAndTheRankingAsAFullBuild()
    {
        var posts = Corpus.Where((_, i) => i != 5 && i != 200).ToArray();

        AssertSameAsFullBuild(Corpus, posts);
    }

    [Fact]
    public void AnAddedPostWithNewWordsIsIndexedAsAFullBuild()
    {
        var extra = SearchPosts.Post("new-one", "Aardwolves in the kitchen", "A zephyrine visit", "The kitchen window was open; aardwolves came by. Remembering.");
        var posts = Corpus.Take(50).Append(extra).Concat(Corpus.Skip(50)).ToArray();

        AssertSameAsFullBuild(Corpus, posts);
    }

    [Fact]
    public void ARenamedFileIsIndexedAsAFullBuild()
    {
        var posts = Corpus.ToArray();
        posts[20] = posts[20] with { SourcePath = "renamed/" + posts[20].SourcePath };

        AssertSameAsFullBuild(Corpus, posts);
    }

    [Fact]
    public void PostsThatMovedRelativeToEachOtherAreBuiltWholeWithTheSameAnswers()
    {
        var posts = Corpus.ToArray();
        (posts[1], posts[300]) = (posts[300], posts[1]);

        var delta = SearchIndex.Build(posts, SearchIndex.Build(Corpus));

        Assert.False(delta.IsFromPrevious);
        AssertSameIndex(SearchIndex.Build(posts), delta, posts);
    }

    [Fact]
    public void TooManyChangedPostsAreBuiltWhole()
    {
        var posts = Corpus.Select(p => p with { PlainText = p.PlainText + " edited" }).ToArray();

        var delta = SearchIndex.Build(posts, SearchIndex.Build(Corpus));

        Assert.False(delta.IsFromPrevious);
        AssertSameIndex(SearchIndex.Build(posts), delta, posts);
    }

    [Fact]
    public void AnEmptyJournalAndOneThatBecomesEmptyAreIndexedAsAFullBuild()
    {
        AssertSameAsFullBuild([], Corpus.Take(3).ToArray());
        AssertSameAsFullBuild(Corpus.Take(3).ToArray(), []);
    }

    private static SearchIndex AssertSameAsFullBuild(IReadOnlyList<Post> before, IReadOnlyList<Post> after)
    {
        var delta = SearchIndex.Build(after, SearchIndex.Build(before));

        Assert.True(delta.IsFromPrevious);
        AssertSameIndex(SearchIndex.Build(after), delta, after);
        return delta;
    }

    private static void AssertSameIndex(SearchIndex full, SearchIndex delta, IReadOnlyList<Post> posts)
    {
        var (fullTerms, fullFields, fullOffsets) = full.Parts;
        var (deltaTerms, deltaFields, deltaOffsets) = delta.Parts;
        Assert.Equal(fullTerms.Parts.Terms, deltaTerms.Parts.Terms);
        Assert.Equal(fullTerms.Parts.Folded, deltaTerms.Parts.Folded);
        Assert.Equal(fullTerms.Parts.FoldedTerms, deltaTerms.Parts.FoldedTerms);
        foreach (var (spelling, id) in fullTerms.Parts.Spellings)
        {
            Assert.Equal(id, deltaTerms.Resolve(spelling));
        }

        for (var field = 0; field < fullFields.Length; field++)
        {
            Assert.Equal(fullFields[field].TermStart, deltaFields[field].TermStart);
            Assert.Equal(fullFields[field].Documents, deltaFields[field].Documents);
            Assert.Equal(fullFields[field].Impacts, deltaFields[field].Impacts);
            Assert.Equal(fullFields[field].PositionStart, deltaFields[field].PositionStart);
            Assert.Equal(fullFields[field].Positions, deltaFields[field].Positions);
        }

        Assert.Equal(fullOffsets.Checkpoints, deltaOffsets.Checkpoints);
        foreach (var query in Queries)
        {
            var (expected, actual) = (full.Search(query), delta.Search(query));
            Assert.Equal(expected.Ids.ToArray(), actual.Ids.ToArray());
            Assert.Equal(expected.Scores.ToArray(), actual.Scores.ToArray());
            foreach (var id in expected.Top(5))
            {
                Assert.Equal(full.Highlight(posts[id], full.Parse(query)), delta.Highlight(posts[id], delta.Parse(query)));
            }
        }
    }
}
