using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;
using static JournalApi.Content.Tests.Vocabulary.VocabularyJournal;

namespace JournalApi.Content.Tests.Vocabulary;

/// <summary>With grief and longing under sadness: queries take in descendants, the tree counts them, one emotion is described.</summary>
public sealed class EmotionHierarchyTests
{
    private static readonly ContentSnapshot Snapshot = Load();

    [Fact]
    public void AnEmotionFindsEntriesOfItsDescendants() =>
        Assert.Equal([SorrowByAnotherName, WeightOfThePhone, GreyMarch], Snapshot.Slugs(new PostQuery { Emotions = ["sadness"] }));

    [Fact]
    public void ExactMatchLeavesTheDescendantsOut() =>
        Assert.Equal([GreyMarch], Snapshot.Slugs(new PostQuery { Emotions = ["sadness"], EmotionMatch = MatchMode.Exact }));

    [Fact]
    public void ALeafFindsOnlyItself() =>
        Assert.Equal([SorrowByAnotherName, WeightOfThePhone], Snapshot.Slugs(new PostQuery { Emotions = ["grief"] }));

    [Fact]
    public void EveryEmotionMustMatchAndEachTakesInItsDescendants() =>
        Assert.Equal([SorrowByAnotherName], Snapshot.Slugs(new PostQuery { Emotions = ["sadness", "calm"] }));

    [Fact]
    public void AnyEmotionMayMatchAndEachTakesInItsDescendants() =>
        Assert.Equal([OrdinaryJoy, SorrowByAnotherName, WeightOfThePhone],
            Snapshot.Slugs(new PostQuery { Emotions = ["joy", "grief"], EmotionMatch = MatchMode.Any }));

    [Fact]
    public void TheTreeCountsEachEmotionOnItsOwnAndWithItsDescendants()
    {
        var tree = Snapshot.EmotionTree.ToDictionary(e => e.Name);

        Assert.Equal((1, 3), (tree["sadness"].Count, tree["sadness"].TotalCount));
        Assert.Equal((2, 2), (tree["grief"].Count, tree["grief"].TotalCount));
        Assert.Equal((1, 1), (tree["longing"].Count, tree["longing"].TotalCount));
        Assert.Equal((1, 1), (tree["joy"].Count, tree["joy"].TotalCount));
        Assert.Equal((1, 1), (tree["calm"].Count, tree["calm"].TotalCount));
    }

    [Fact]
    public void TheTreeHoldsParentsChildrenAndTheLatestDateOfTheWholeBranch()
    {
        var tree = Snapshot.EmotionTree.ToDictionary(e => e.Name);

        Assert.Null(tree["sadness"].Parent);
        Assert.Equal(["grief", "longing"], tree["sadness"].Children);
        Assert.Equal("sadness", tree["grief"].Parent);
        Assert.Empty(tree["grief"].Children);
        Assert.Equal("2025-08-02", tree["sadness"].LatestDate?.ToString());
    }

    [Fact]
    public void TheTreeHoldsEveryDeclaredAndEveryWrittenEmotionButNoAlias()
    {
        Assert.Equal(["calm", "grief", "joy", "longing", "sadness", "sorow"], Snapshot.EmotionTree.Select(e => e.Name).Order(StringComparer.Ordinal));
        var sorow = Snapshot.EmotionTree.Single(e => e.Name == "sorow");
        Assert.Null(sorow.Parent);
        Assert.Equal((1, 1), (sorow.Count, sorow.TotalCount));
    }

    [Fact]
    public void TheTreeIsOrderedByTotalCountThenName() =>
        Assert.Equal(["sadness", "grief", "calm", "joy", "longing", "sorow"], Snapshot.EmotionTree.Select(e => e.Name));

    [Fact]
    public void DeclaredEmotionsThatNoEntryCarriesAreInTheTreeWithNoCount()
    {
        using var folder = new TempContentFolder();
        folder.Copy(GriefUnderSadness, "emotions.yml");

        var tree = Journal.Load(folder.Root).EmotionTree;

        Assert.Equal(["calm", "grief", "joy", "longing", "sadness"], tree.Select(e => e.Name));
        Assert.All(tree, e =>
        {
            Assert.Equal((0, 0), (e.Count, e.TotalCount));
            Assert.Null(e.LatestDate);
        });
    }

    [Fact]
    public void DescribingAnEmotionGivesItsPlaceAliasesDatesAndCompany()
    {
        var grief = Snapshot.DescribeEmotion("grief")!;

        Assert.Equal("grief", grief.Declared.Name);
        Assert.Equal("sadness", grief.Declared.Parent);
        Assert.Empty(grief.Children);
        Assert.Equal(["sorrow", "mourning"], grief.Declared.Aliases);
        Assert.Equal("Sadness for someone or something lost for good.", grief.Declared.Description);
        Assert.Equal(2, grief.Count);
        Assert.Equal("2025-07-09", grief.FirstDate?.ToString());
        Assert.Equal("2025-08-02", grief.LatestDate?.ToString());
        Assert.Equal([("calm", 1), ("longing", 1)], grief.CooccurringEmotions);
        Assert.Equal([("family", 2), ("connection", 1)], grief.CooccurringTags);
    }

    [Fact]
    public void DescribingAParentGivesItsChildren()
    {
        var sadness = Snapshot.DescribeEmotion("sadness")!;

        Assert.Null(sadness.Declared.Parent);
        Assert.Equal(["grief", "longing"], sadness.Children);
        Assert.Equal(1, sadness.Count);
        Assert.Equal("2024-03-01", sadness.FirstDate?.ToString());
        Assert.Equal([("winter", 1)], sadness.CooccurringTags);
        Assert.Empty(sadness.CooccurringEmotions);
    }

    [Fact]
    public void AnEmotionCanBeDescribedByItsAlias() =>
        Assert.Equal("grief", Snapshot.DescribeEmotion("sorrow")?.Declared.Name);

    [Fact]
    public void ADeclaredEmotionWithoutEntriesIsDescribedWithoutDates()
    {
        using var folder = new TempContentFolder();
        folder.Copy(GriefUnderSadness, "emotions.yml");

        var longing = Journal.Load(folder.Root).DescribeEmotion("longing")!;

        Assert.Equal(0, longing.Count);
        Assert.Null(longing.FirstDate);
        Assert.Null(longing.LatestDate);
        Assert.Equal(["yearning"], longing.Declared.Aliases);
    }

    [Fact]
    public void AnEmotionOnlyWrittenInAnEntryIsDescribedWithoutAPlaceInTheTree()
    {
        var sorow = Snapshot.DescribeEmotion("sorow")!;

        Assert.Null(sorow.Declared.Parent);
        Assert.Empty(sorow.Declared.Aliases);
        Assert.Equal(1, sorow.Count);
    }

    [Fact]
    public void AnEmotionNeitherDeclaredNorWrittenIsNotDescribed() => Assert.Null(Snapshot.DescribeEmotion("bewilderment"));
}
