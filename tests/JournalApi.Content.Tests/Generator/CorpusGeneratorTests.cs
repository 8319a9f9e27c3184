using System.Text.RegularExpressions;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;
using JournalApi.Corpus;

namespace JournalApi.Content.Tests.Generator;

/// <summary>
/// The corpus generator the tests and the benchmarks share: a seed fixes every byte, and what it writes is a journal
/// the engine loads without an error, with the front matter and the Markdown a real journal has.
/// </summary>
public sealed partial class CorpusGeneratorTests
{
    private const int Count = 150;

    [Fact]
    public void TheSameCountAndSeedWriteByteIdenticalFiles()
    {
        using var first = new TempContentFolder();
        using var second = new TempContentFolder();

        var firstBytes = CorpusGenerator.Write(first.Root, Count, seed: 7);
        var secondBytes = CorpusGenerator.Write(second.Root, Count, seed: 7);

        Assert.Equal(firstBytes, secondBytes);
        Assert.Equal(Files(first.Root), Files(second.Root));
        Assert.Equal(Count, Directory.GetFiles(first.Root).Length);
        Assert.Equal(firstBytes, Directory.GetFiles(first.Root).Sum(f => new FileInfo(f).Length));
    }

    [Fact]
    public void WrittenFilesAreTheEntriesTheLibraryEnumerates()
    {
        using var folder = new TempContentFolder();

        CorpusGenerator.Write(folder.Root, Count, seed: 7);

        var enumerated = CorpusGenerator.Entries(Count, seed: 7).ToDictionary(e => e.FileName, e => e.Text);
        Assert.Equal(enumerated, Files(folder.Root).ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value)));
    }

    [Fact]
    public void AnotherSeedWritesAnotherCorpus()
    {
        var one = CorpusGenerator.Entries(20, seed: 1).ToList();
        var other = CorpusGenerator.Entries(20, seed: 2).ToList();

        Assert.All(Enumerable.Range(0, 20), i => Assert.NotEqual(one[i].Text, other[i].Text));
    }

    [Fact]
    public void ALargerCorpusStartsWithTheSmallerOne() =>
        Assert.Equal(CorpusGenerator.Entries(30, seed: 5), CorpusGenerator.Entries(60, seed: 5).Take(30));

    [Fact]
    public void EveryEntryLoadsWithoutAnErrorAndKeepsTheDateAndSlugOfItsFileName()
    {
        using var folder = new TempContentFolder();
        CorpusGenerator.Write(folder.Root, Count, seed: 11);

        var snapshot = Journal.Load(folder.Root);

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
        Assert.Equal(Count, snapshot.Posts.Count);
        Assert.All(snapshot.Posts, post =>
        {
            var name = JekyllName().Match(post.SourcePath);
            Assert.True(name.Success, $"{post.SourcePath} is not named YYYY-MM-DD-slug.md");
            Assert.Equal(name.Groups["date"].Value, post.Date.Day.ToString("yyyy-MM-dd", null));
            Assert.Equal(name.Groups["slug"].Value, post.Slug);
            Assert.InRange(post.Tags.Length, 1, 5);
            Assert.InRange(post.Emotions.Length, 1, 3);
            Assert.False(string.IsNullOrWhiteSpace(post.Description));
            Assert.InRange(post.WordCount, 300, 2300);
        });
    }

    [Fact]
    public void BodiesUseHeadingsListsLinksEmphasisQuotesCodeAndBreaks()
    {
        using var folder = new TempContentFolder();
        CorpusGenerator.Write(folder.Root, Count, seed: 11);

        var html = string.Concat(Journal.Load(folder.Root).Posts.Select(p => p.Html));

        foreach (var element in new[] { "<h2", "<h3", "<ul>", "<ol>", "<blockquote>", "<a href=\"https://", "<em>", "<strong>", "<code>", "<hr" })
        {
            Assert.Contains(element, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TagsAndEmotionsThinOutFromTheMostCommonToTheRarest()
    {
        var snapshot = LoadedCorpus(400, seed: 3);

        // Zipf-like: the most common tag is on several times as many entries as the rarest, and every tag appears.
        Assert.Equal(32, snapshot.Tags.Count);
        Assert.True(snapshot.Tags[0].Count > 4 * snapshot.Tags[^1].Count, $"{snapshot.Tags[0].Count} vs {snapshot.Tags[^1].Count}");
        Assert.True(snapshot.Emotions[0].Count > 4 * snapshot.Emotions[^1].Count, $"{snapshot.Emotions[0].Count} vs {snapshot.Emotions[^1].Count}");
    }

    private static ContentSnapshot LoadedCorpus(int count, long seed)
    {
        using var folder = new TempContentFolder();
        CorpusGenerator.Write(folder.Root, count, seed);
        return Journal.Load(folder.Root);
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.GetFiles(root).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes), StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")]
    private static partial Regex JekyllName();
}
