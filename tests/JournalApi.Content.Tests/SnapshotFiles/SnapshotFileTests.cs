using System.Collections.Concurrent;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.SnapshotFiles;
using JournalApi.Content.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Content.Tests.SnapshotFiles;

/// <summary>
/// A journal written to a snapshot file and read back answers exactly as the load it came from, without reading a source
/// file; after the folder changes, the first refresh reads only the files that differ and then answers as a cold load.
/// </summary>
public sealed class SnapshotFileTests : IDisposable
{
    private readonly TempContentFolder folder = new();
    private readonly TempContentFolder elsewhere = new();
    private readonly FakeTimeProvider clock = Journal.Clock();
    private readonly ConcurrentQueue<string> reads = new();

    public SnapshotFileTests() => SnapshotJournal.Fill(folder);

    private string FilePath => Path.Combine(elsewhere.Root, "journal.snapshot");

    public void Dispose()
    {
        folder.Dispose();
        elsewhere.Dispose();
    }

    [Fact]
    public void AJournalReadBackFromItsFileAnswersEveryQueryAsTheLoadThatWroteIt()
    {
        var cold = Library().Refresh();
        Write();

        var restored = SnapshotFile.Restore(Library(), FilePath);

        Assert.Null(restored.Problem);
        Assert.True(restored.Snapshots!.Public.Posts.Count > 10);
        Assert.Contains(restored.Snapshots.Public.Diagnostics, d => d.IsError);
        Assert.Equal(SnapshotJournal.Answers(cold), SnapshotJournal.Answers(restored.Snapshots));
        Assert.Empty(reads);
    }

    [Fact]
    public void TheSearchIndexComesFromTheFileRatherThanAFreshBuild()
    {
        Write();

        var restored = SnapshotFile.Restore(Library(), FilePath).Snapshots!.Public;

        Assert.False(restored.IsSearchIndexBuilt);
        Assert.Equal(TimeSpan.Zero, restored.SearchIndex.BuildTime);
        Assert.True(restored.SearchIndex.Search("snow").Count > 0);
    }

    [Fact]
    public void AFolderThatHoldsWhatTheFileSaysIsCheckedWithoutReadingAnEntryAndKeepsTheSnapshotsServed()
    {
        Write();
        var library = Library();
        var restored = SnapshotFile.Restore(library, FilePath).Snapshots!;

        var checkedOnce = library.Refresh([]);

        Assert.Same(restored, checkedOnce);
        Assert.Equal(0, library.LastReadCount);
        Assert.Empty(reads);
    }

    [Fact]
    public void AFreshCheckoutWithEveryTimeChangedButNoByteReadsNoEntry()
    {
        Write();
        var later = DateTime.UtcNow.AddMinutes(5);
        foreach (var file in Directory.EnumerateFiles(folder.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, later);
        }

        var library = Library();
        var restored = SnapshotFile.Restore(library, FilePath).Snapshots!;
        var checkedOnce = library.Refresh([]);

        Assert.Same(restored, checkedOnce);
        Assert.Empty(reads);
    }

    [Fact]
    public void AfterTheFolderChangedTheCheckReadsOnlyTheFilesThatDifferAndThenAnswersAsAColdLoad()
    {
        Write();
        folder.Write("journal/2025-11-30-first-snow.md", Fixtures.Text("journal/2025-11-30-first-snow.md").Replace("snow", "sleet", StringComparison.Ordinal));
        folder.Copy("live/first-light.md", "new/first-light.md");
        File.Delete(folder.PathOf("journal/2024-03-02-the-long-phone-call.md"));
        File.SetLastWriteTimeUtc(folder.PathOf("journal/2025-02-20-choir-practice.md"), DateTime.UtcNow.AddMinutes(5));

        var library = Library();
        var restored = SnapshotFile.Restore(library, FilePath).Snapshots!;
        Assert.Empty(reads);
        var checkedOnce = library.Refresh([]);

        Assert.Equal(["journal/2025-11-30-first-snow.md", "new/first-light.md"], reads.Order(StringComparer.Ordinal));
        Assert.Equal(2, library.LastReadCount);
        Assert.NotNull(restored.Public.Find("the-long-phone-call"));
        Assert.Null(checkedOnce.Public.Find("the-long-phone-call"));
        Assert.Equal(SnapshotJournal.Answers(new ContentLibrary(folder.Root, new LoadOptions(), clock).Refresh()), SnapshotJournal.Answers(checkedOnce));
    }

    [Fact]
    public void AScheduledEntryThatBecamePublicBeforeTheCheckStaysPublicAfterIt()
    {
        Write();
        var library = Library();
        var restored = SnapshotFile.Restore(library, FilePath).Snapshots!;
        clock.SetUtcNow(restored.NextScheduled!.Value.AddMinutes(1));

        var rebuilt = library.Rebuild();
        var checkedOnce = library.Refresh([]);

        Assert.Null(restored.Public.Find("scheduled"));
        Assert.NotNull(rebuilt.Public.Find("scheduled"));
        Assert.NotNull(checkedOnce.Public.Find("scheduled"));
        Assert.Empty(reads);
    }

    [Fact]
    public void AnEmotionsFileTouchedWithTheSameContentKeepsTheVocabularyAndTheSnapshots()
    {
        Write();
        File.SetLastWriteTimeUtc(folder.PathOf("emotions.yml"), DateTime.UtcNow.AddMinutes(5));
        var library = Library();
        var restored = SnapshotFile.Restore(library, FilePath).Snapshots!;

        Assert.Same(restored, library.Refresh([]));
    }

    [Fact]
    public void AFileWrittenWithOtherLoadSettingsIsStaleAndNamesThem()
    {
        Write();

        var restore = SnapshotFile.Restore(Library(new LoadOptions { RawHtml = RawHtmlMode.Omit, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") }), FilePath);

        Assert.Null(restore.Snapshots);
        Assert.Equal("it is stale (written with other settings: RawHtml, TimeZone)", restore.Problem);
    }

    [Fact]
    public void AFileWrittenBeforeTheFolderGainedASiteConfigurationIsStale()
    {
        Write();
        File.WriteAllText(folder.PathOf("_config.yml"), "title: A Jekyll site\n");

        var restore = SnapshotFile.Restore(Library(), FilePath);

        Assert.Null(restore.Snapshots);
        Assert.Equal($"it is stale (written with other settings: {SnapshotKey.FolderGenerator})", restore.Problem);
    }

    [Theory]
    [InlineData(nameof(SnapshotKey.EngineBuild), "it is stale (written by another build of the engine, 0.9-other build other; this is ")]
    [InlineData(nameof(SnapshotKey.FormatVersion), "it is stale (format 99; this program reads format 1)")]
    public void AFileWrittenByAnotherEngineOrFormatIsStale(string changed, string problem)
    {
        Write();
        var key = SnapshotKey.For(new LoadOptions(), folder.Root);
        ReplaceKey(changed == nameof(SnapshotKey.EngineBuild) ? key with { EngineBuild = "other", EngineVersion = "0.9-other" } : key with { FormatVersion = 99 });

        var restore = SnapshotFile.Restore(Library(), FilePath);

        Assert.Null(restore.Snapshots);
        Assert.StartsWith(problem, restore.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated", "it is truncated (it ends inside a section)")]
    [InlineData("cut after a section", "it is truncated (its end section is missing)")]
    [InlineData("one byte flipped", "it is corrupt (the checksum of a Files section does not match its bytes)")]
    [InlineData("foreign", "it is not a JournalApi snapshot file")]
    [InlineData("empty", "it is not a JournalApi snapshot file")]
    [InlineData("missing", "it does not exist")]
    public void ABrokenFileIsRefusedWithItsReasonAndTheLibraryThenLoadsTheFolderCold(string fault, string problem)
    {
        Write();
        var bytes = File.ReadAllBytes(FilePath);
        switch (fault)
        {
            case "truncated":
                File.WriteAllBytes(FilePath, bytes[..(bytes.Length / 2)]);
                break;
            case "cut after a section":
                File.WriteAllBytes(FilePath, bytes[..SectionEnds(bytes)[3]]);
                break;
            case "one byte flipped":
                bytes[SectionEnds(bytes)[2] + 20] ^= 0x10;
                File.WriteAllBytes(FilePath, bytes);
                break;
            case "foreign":
                File.Copy(folder.PathOf("2025-07-09-the-weight-of-unsent-letters.md"), FilePath, overwrite: true);
                break;
            case "empty":
                File.WriteAllBytes(FilePath, []);
                break;
            default:
                File.Delete(FilePath);
                break;
        }

        var library = Library();
        var restore = SnapshotFile.Restore(library, FilePath);
        var cold = library.Refresh();

        Assert.Equal(problem, restore.Problem);
        Assert.Null(restore.Snapshots);
        Assert.Equal(Directory.EnumerateFiles(folder.Root, "*.md", SearchOption.AllDirectories).Count(), library.LastReadCount);
        Assert.Equal(SnapshotJournal.Answers(Library().Refresh()), SnapshotJournal.Answers(cold));
    }

    [Fact]
    public void WritingReplacesAnOlderFileWholeAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(FilePath, "an older file");

        var written = SnapshotFile.Write(Library(), FilePath);

        Assert.Equal(new FileInfo(FilePath).Length, written.Bytes);
        Assert.Equal([FilePath], Directory.GetFiles(elsewhere.Root));
        Assert.Null(SnapshotFile.Restore(Library(), FilePath).Problem);
    }

    /// <summary>Writes the folder's snapshot file; the reads of that load are not counted.</summary>
    private void Write()
    {
        SnapshotFile.Write(Library(), FilePath);
        reads.Clear();
    }

    /// <summary>Where each section ends, in a file's bytes (after the magic, each is kind, length, payload, checksum).</summary>
    private static List<int> SectionEnds(byte[] bytes)
    {
        var ends = new List<int>();
        for (var at = 8; at < bytes.Length; at = ends[^1])
        {
            ends.Add(at + 5 + BitConverter.ToInt32(bytes, at + 1) + 8);
        }

        return ends;
    }

    /// <summary>Rewrites the file's key section as another program would have written it.</summary>
    private void ReplaceKey(SnapshotKey key)
    {
        var bytes = File.ReadAllBytes(FilePath);
        using var output = new MemoryStream();
        using (var sections = new SectionWriter(output))
        {
            sections.Begin();
            sections.Write(SectionKind.Key, key.Write);
        }

        output.Write(bytes.AsSpan(SectionEnds(bytes)[0]));
        File.WriteAllBytes(FilePath, output.ToArray());
    }

    private ContentLibrary Library(LoadOptions? options = null) =>
        new(folder.Root, (options ?? new LoadOptions()) with
        {
            BeforeStage = (file, stage) =>
            {
                if (stage == LoadStage.Read)
                {
                    reads.Enqueue(file.RelativePath);
                }
            },
        }, clock);
}
