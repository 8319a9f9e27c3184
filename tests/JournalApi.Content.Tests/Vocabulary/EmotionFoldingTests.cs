using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;
using static JournalApi.Content.Tests.Vocabulary.VocabularyJournal;

namespace JournalApi.Content.Tests.Vocabulary;

/// <summary>An entry's emotions pass through the vocabulary: aliases fold, unknown emotions are kept with a warning.</summary>
public sealed class EmotionFoldingTests
{
    private static readonly ContentSnapshot Declared = Load();
    private static readonly ContentSnapshot Open = Load(vocabulary: null);

    [Fact]
    public void AnAliasIsServedAsItsEmotion() =>
        Assert.Equal<string>(["grief", "calm"], Declared.Find(SorrowByAnotherName)!.Emotions);

    [Fact]
    public void AnEmotionWrittenByNameAndByAliasIsServedOnce() =>
        Assert.Single(Declared.Find(SorrowByAnotherName)!.Emotions, e => e == "grief");

    [Fact]
    public void AQueryByAliasFindsTheEmotion() =>
        Assert.Equal([SorrowByAnotherName, WeightOfThePhone], Declared.Slugs(new PostQuery { Emotions = ["sorrow"] }));

    [Fact]
    public void AQueryByAliasIsExactToo() =>
        Assert.Equal([SorrowByAnotherName, WeightOfThePhone], Declared.Slugs(new PostQuery { Emotions = ["mourning"], EmotionMatch = MatchMode.Exact }));

    [Fact]
    public void AnUnknownEmotionIsAWarningThatSuggestsTheNearestAlias()
    {
        var diagnostic = Assert.Single(Declared.Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownEmotion, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(MisspeltFeelingPath, diagnostic.Path);
        Assert.Equal("emotions", diagnostic.Field);
        Assert.Equal(5, diagnostic.Line);
        Assert.Contains("'sorow'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'sorrow'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'sorrow'", diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryWithAnUnknownEmotionIsStillServedWithTheEmotionAsWritten()
    {
        Assert.Equal<string>(["sorow"], Declared.Find(MisspeltFeeling)!.Emotions);
        Assert.Equal([MisspeltFeeling], Declared.Slugs(new PostQuery { Emotions = ["sorow"] }));
    }

    [Fact]
    public void AnUnknownEmotionFarFromEveryKnownOneIsAWarningWithoutAGuess()
    {
        using var folder = new TempContentFolder();
        folder.Copy(GriefUnderSadness, "emotions.yml");
        folder.Write("2025-09-15-something-else.md", "---\ntitle: Something Else\ndate: 2025-09-15\nemotions: [bewilderment]\n---\n\nHard to name.\n");

        var diagnostic = Assert.Single(Journal.Load(folder.Root).Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownEmotion, diagnostic.Code);
        Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'bewilderment'", diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutEmotionsYmlEveryEmotionIsAcceptedAsWritten()
    {
        Assert.Empty(Open.Diagnostics);
        Assert.False(Open.Vocabulary.IsDeclared);
        Assert.Equal<string>(["sorow"], Open.Find(MisspeltFeeling)!.Emotions);
        Assert.Equal<string>(["sorrow", "calm", "grief"], Open.Find(SorrowByAnotherName)!.Emotions);
        Assert.Equal(Entries.Count, Open.Posts.Count);
    }

    [Fact]
    public void WithoutEmotionsYmlAnEmotionMatchesOnlyItself()
    {
        Assert.Equal([GreyMarch], Open.Slugs(new PostQuery { Emotions = ["sadness"] }));
        Assert.Equal([SorrowByAnotherName], Open.Slugs(new PostQuery { Emotions = ["sorrow"] }));
    }
}
