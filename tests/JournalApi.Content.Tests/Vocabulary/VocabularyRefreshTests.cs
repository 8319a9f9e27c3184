using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;
using JournalApi.Content.Vocabulary;
using static JournalApi.Content.Tests.Vocabulary.VocabularyJournal;

namespace JournalApi.Content.Tests.Vocabulary;

/// <summary>A library that follows the folder re-reads <c>emotions.yml</c> when it changes, and keeps the last valid one when it breaks.</summary>
public sealed class VocabularyRefreshTests : IDisposable
{
    private static readonly PostQuery Sadness = new() { Emotions = ["sadness"] };

    private readonly TempContentFolder folder = new();
    private readonly ContentLibrary library;
    private int edits;

    public VocabularyRefreshTests()
    {
        folder.Copy(GriefUnderSadness, VocabularyReader.FileName);
        foreach (var entry in Entries)
        {
            folder.Copy($"vocabulary/entries/{entry}");
        }

        library = new ContentLibrary(folder.Root, new LoadOptions(), Journal.Clock());
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void ABrokenVocabularyAfterAValidOneKeepsTheLastValidAndReportsJA0301()
    {
        library.Refresh();

        ReplaceVocabulary("vocabulary/cycle.yml");
        var snapshot = library.Refresh().Public;

        Assert.Equal("sadness", snapshot.Vocabulary.Find("grief")?.Parent);
        Assert.Equal([SorrowByAnotherName, WeightOfThePhone, GreyMarch], snapshot.Slugs(Sadness));
        Assert.Equal<string>(["grief", "calm"], snapshot.Find(SorrowByAnotherName)!.Emotions);
        var errors = snapshot.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal((VocabularyReader.FileName, DiagnosticCodes.VocabularyInvalid), (d.Path, d.Code)));
        Assert.Contains(errors, d => d.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void FixingTheVocabularyClearsTheError()
    {
        library.Refresh();
        ReplaceVocabulary("vocabulary/cycle.yml");
        library.Refresh();

        ReplaceVocabulary("vocabulary/grief-on-its-own.yml");
        var snapshot = library.Refresh().Public;

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.VocabularyInvalid);
        Assert.Null(snapshot.Vocabulary.Find("grief")?.Parent);
    }

    [Fact]
    public void AValidChangeAppliesWithoutReReadingAnyEntry()
    {
        library.Refresh();

        ReplaceVocabulary("vocabulary/grief-on-its-own.yml");
        var snapshot = library.Refresh().Public;

        Assert.Equal(0, library.LastReadCount);
        Assert.Equal([WeightOfThePhone, GreyMarch], snapshot.Slugs(Sadness));
        Assert.Equal<string>(["grief", "calm"], snapshot.Find(SorrowByAnotherName)!.Emotions);
    }

    [Fact]
    public void DeletingTheVocabularyAcceptsEveryEmotionAsWritten()
    {
        library.Refresh();

        File.Delete(folder.PathOf(VocabularyReader.FileName));
        var snapshot = library.Refresh().Public;

        Assert.False(snapshot.Vocabulary.IsDeclared);
        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal<string>(["sorrow", "calm", "grief"], snapshot.Find(SorrowByAnotherName)!.Emotions);
    }

    [Fact]
    public void AVocabularyChangeChangesTheVersion()
    {
        var before = library.Refresh().Public;

        ReplaceVocabulary("vocabulary/grief-on-its-own.yml");
        var after = library.Refresh().Public;

        Assert.NotEqual(before.Slugs(Sadness), after.Slugs(Sadness));
        Assert.NotEqual(before.Version, after.Version);
    }

    /// <summary>Writes a new emotions.yml with a later write time, so that the change is seen whatever the file system's clock resolution.</summary>
    private void ReplaceVocabulary(string fixture)
    {
        var path = folder.Copy(fixture, VocabularyReader.FileName);
        File.SetLastWriteTimeUtc(path, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(++edits));
    }
}
