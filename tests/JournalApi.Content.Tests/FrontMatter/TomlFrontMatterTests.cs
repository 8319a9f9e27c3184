using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.FrontMatter;

/// <summary>Hugo's TOML front matter through the same fields, validation and diagnostics as YAML.</summary>
public sealed class TomlFrontMatterTests
{
    [Fact]
    public void EveryFieldOfAHugoTomlEntryIsRead()
    {
        var snapshot = Journal.LoadFixtureFolder("sites/hugo");
        var post = snapshot.Find("toml-notes")!;

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal("Notes from the TOML side", post.Title);
        Assert.Equal("2020-06-14T08:30:00-07:00", post.Date.ToString());
        Assert.Equal(["hugo", "config"], post.Tags.ToArray());
        Assert.Equal(["meta"], post.Categories.ToArray());
        Assert.Equal(["/notes/toml/"], post.Aliases.ToArray());
        Assert.Equal("https://cdn.example.com/toml.png", post.Image!.Url);
        Assert.False(post.IsDraft);
        Assert.Equal("toml-notes", snapshot.FindByUrl("/notes/toml")!.Slug);
    }

    [Fact]
    public void TablesAndArraysOfTablesArePassedThroughUnderMeta()
    {
        var post = Journal.LoadFixtureFolder("sites/hugo").Find("toml-notes")!;

        Assert.Equal("""{"params":{"author":"Rin","featured":"true"},"resources":[{"src":"a.png"},{"src":"b.png"}]}""", post.Meta.GetRawText());
    }

    [Fact]
    public void InvalidTomlIsAnErrorWithItsLineAndColumn()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/toml-broken.md");

        // The array opened on line 4 is found unclosed where the TOML ends: line 5, the closing fence.
        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.TomlSyntax, DiagnosticSeverity.Error, field: null, line: 5);
        Assert.NotNull(diagnostic.Column);
        Assert.Contains("TOML", diagnostic.Message, StringComparison.Ordinal);
        load.AssertCompanionLoaded();
    }

    [Fact]
    public void TomlFieldsAreValidatedLikeYamlOnesWithTheirLine()
    {
        using var folder = new TempContentFolder();
        folder.Write("2021-01-01-bad-tags.md", "+++\ntitle = \"Bad tags\"\ntags = [\"ok\", [\"nested\"]]\n+++\n\nBody.\n");

        var diagnostic = Assert.Single(Journal.Load(folder.Root).Diagnostics);

        Assert.Equal((DiagnosticCodes.TermsNotAList, DiagnosticSeverity.Error, "tags", 3), (diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
    }
}
