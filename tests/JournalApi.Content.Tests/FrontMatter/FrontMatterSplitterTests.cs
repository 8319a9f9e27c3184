using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.FrontMatter;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void UnterminatedFrontMatterIsAnErrorOnLineOne()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/unterminated.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.UnterminatedFrontMatter, DiagnosticSeverity.Error, field: null, line: 1);
    }

    [Fact]
    public void TomlFrontMatterIsRead()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/toml.md");

        Assert.Empty(load.Diagnostics);
        Assert.Equal(("Written for Hugo", new DateOnly(2025, 2, 14)), (load.Post!.Title, load.Post.Date.Day));
        Assert.Equal("This entry came over from a Hugo site and still wears its TOML.", load.Post.Excerpt);
    }

    [Fact]
    public void UnterminatedTomlFrontMatterIsAnErrorThatNamesItsFence()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/toml-unterminated.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.UnterminatedFrontMatter, DiagnosticSeverity.Error, field: null, line: 1);
        Assert.Contains("'+++'", diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void FileWithoutFrontMatterIsAnError()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/no-front-matter.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.NoFrontMatter, DiagnosticSeverity.Error, field: null, line: 1);
    }

    [Fact]
    public void EmptyFileIsAnError()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/empty.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.EmptyFile, DiagnosticSeverity.Error, field: null, line: 1);
    }

    [Fact]
    public void FrontMatterClosedWithDotsIsAccepted()
    {
        var post = Journal.LoadPost("frontmatter/closed-with-dots.md");

        Assert.Equal("Closed the Jekyll way", post.Title);
        Assert.Equal("<p>Jekyll also ends front matter with three dots.</p>\n", post.Html);
    }

    [Fact]
    public void SplitKnowsWhereTheYamlAndTheBodyStart()
    {
        var (entry, problem) = FrontMatterSplitter.Split("a.md", "---\ntitle: Lines\ndate: 2025-01-01\n---\nBody text.\n");

        Assert.Null(problem);
        Assert.NotNull(entry);
        Assert.Equal("title: Lines\ndate: 2025-01-01\n", entry.Yaml);
        Assert.Equal(2, entry.YamlFirstLine);
        Assert.Equal("Body text.\n", entry.Body);
        Assert.Equal(5, entry.BodyFirstLine);
    }

    [Fact]
    public void ThematicBreakInTheBodyDoesNotEndTheFrontMatterEarly()
    {
        var (entry, _) = FrontMatterSplitter.Split("a.md", "---\ntitle: Breaks\n---\n\nOne.\n\n---\n\nTwo.\n");

        Assert.NotNull(entry);
        Assert.Equal("title: Breaks\n", entry.Yaml);
        Assert.Equal("\nOne.\n\n---\n\nTwo.\n", entry.Body);
    }
}
