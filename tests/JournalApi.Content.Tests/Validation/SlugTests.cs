using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Validation;

public sealed class SlugTests
{
    [Fact]
    public void SlugKeyOverridesTheFileName()
    {
        var post = Journal.LoadPost("fields/slug-override.md");

        Assert.Equal("tuesday-at-the-lido", post.Slug);
        Assert.True(post.HasExplicitSlug);
    }

    [Fact]
    public void SlugThatNeedsNormalisingIsServedNormalisedWithAWarning()
    {
        var load = Journal.LoadBesideCompanion("fields/slug-needs-normalising.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.SlugNormalised, DiagnosticSeverity.Warning, field: "slug", line: 4);
        Assert.Equal("Write 'slug: notes-from-the-ferry'.", diagnostic.Suggestion);
        Assert.Equal("notes-from-the-ferry", load.Post!.Slug);
        Assert.NotNull(load.Snapshot.Find("notes-from-the-ferry"));
    }

    [Fact]
    public void FileNameOfOnlyPunctuationIsServedUnderItsTitlesSlugWithAWarning()
    {
        var load = Journal.LoadBesideCompanion("fields/2025-04-13-!!!.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.SlugEmpty, DiagnosticSeverity.Warning, field: "slug", line: null);
        Assert.Equal("all-punctuation", load.Post!.Slug);
    }

    [Fact]
    public void SlugFromTheFileNameDropsTheDateAccentsAndCapitals()
    {
        var post = Journal.LoadPost("fields/2025-04-14-Crème-Brûlée_for-Two.md");

        Assert.Equal("creme-brulee-for-two", post.Slug);
        Assert.False(post.HasExplicitSlug);
    }
}
