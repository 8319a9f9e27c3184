using System.Text.Json;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

public sealed class ContentLoaderTests
{
    [Fact]
    public void TwoLoadsOfTheSameFolderGiveTheSameVersionAndIdenticalResults()
    {
        var first = Journal.LoadFixtureFolder("journal");
        var second = Journal.LoadFixtureFolder("journal");

        Assert.Equal(first.Version, second.Version);
        Assert.Equal(Serialise(first), Serialise(second));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void TwoLoadsOfABrokenFolderGiveTheSameVersionAndDiagnostics()
    {
        var first = Journal.LoadFixtureFolder("frontmatter");
        var second = Journal.LoadFixtureFolder("frontmatter");

        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(Serialise(first), Serialise(second));
    }

    [Fact]
    public void VersionDoesNotDependOnWhereTheFolderIs()
    {
        using var copy = new TempContentFolder();
        foreach (var file in Directory.GetFiles(Fixtures.PathOf("journal")))
        {
            copy.Copy("journal/" + Path.GetFileName(file));
        }

        Assert.Equal(Journal.LoadFixtureFolder("journal").Version, Journal.Load(copy.Root).Version);
    }

    [Fact]
    public void VersionChangesWhenAnEntryChanges()
    {
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        var before = Journal.Load(folder.Root).Version;
        File.AppendAllText(folder.PathOf(Path.GetFileName(Fixtures.Companion)), "\nOne more line.\n");

        Assert.NotEqual(before, Journal.Load(folder.Root).Version);
    }

    [Fact]
    public void BrokenFilesNeverStopTheGoodOnesFromLoading()
    {
        var snapshot = Journal.LoadFixtureFolder("frontmatter");

        Assert.Equal(
            ["anchor-and-alias", "billion-laughs", "closed-with-dots", "deep-but-allowed", "duplicate-key", "title-no", "toml", "unknown-keys"],
            snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["bad-yaml.md", "empty.md", "explicit-tag.md",
             "malformed-tag.md", "no-front-matter.md", "one-level-too-deep.md", "toml-broken.md", "toml-unterminated.md", "too-deep.md", "unclosed-flow-list.md",
             "unterminated.md"],
            snapshot.Diagnostics.Where(d => d.IsError).Select(d => d.Path));
        // What Jekyll publishes is served with warnings: anchors and aliases (never expanded), a key written twice.
        Assert.Equal(["anchor-and-alias.md", "billion-laughs.md", "duplicate-key.md"],
            snapshot.Diagnostics.Where(d => !d.IsError).Select(d => d.Path).Distinct());
        Assert.Equal(11, snapshot.ErrorCount);
    }

    [Fact]
    public void EveryFieldFixtureLoadsOrFailsOnItsOwn()
    {
        var snapshot = Journal.LoadFixtureFolder("fields");

        Assert.Equal(
            ["impossible-date.md", "tag-too-long.md", "tags-number.md", "title-list.md", "too-many-tags.md", "vague-date.md"],
            snapshot.Diagnostics.Where(d => d.IsError).Select(d => d.Path));
        Assert.Equal(15, snapshot.Posts.Count);
    }

    [Fact]
    public void DiagnosticPrintsLikeACompilerMessage()
    {
        var diagnostic = Journal.LoadBesideCompanion("fields/impossible-date.md").Diagnostics.Single();

        Assert.Equal("impossible-date.md:3:1: error JA0112: '2025-02-30' is not a day on the calendar.", diagnostic.ToString());
    }

    [Fact]
    public void PostKnowsItsSourceAndContentHash()
    {
        var snapshot = Journal.LoadFixtureFolder("valid");
        var post = snapshot.Find("the-weight-of-unsent-letters")!;

        Assert.Equal("2025-07-09-the-weight-of-unsent-letters.md", post.SourcePath);
        Assert.Matches("^[0-9a-f]{16}$", post.ContentHash);
        Assert.Matches("^[0-9a-f]{16}$", snapshot.Version);
        Assert.Equal(Journal.Today, snapshot.BuiltAt);
    }

    private static string Serialise(ContentSnapshot snapshot) =>
        JsonSerializer.Serialize(new { snapshot.Posts, snapshot.Tags, snapshot.Emotions, snapshot.Archive, snapshot.Diagnostics });
}
