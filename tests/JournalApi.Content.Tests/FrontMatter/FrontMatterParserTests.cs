using System.Diagnostics;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.FrontMatter;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void YamlSyntaxErrorPointsAtTheLineOfTheFile()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/bad-yaml.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, field: null, line: 4);
        Assert.NotNull(diagnostic.Column);
        Assert.StartsWith("The front matter is not valid YAML", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowListIsASyntaxErrorNotACrash()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/unclosed-flow-list.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, field: null, line: 4);
    }

    [Fact]
    public void MalformedTagIsASyntaxErrorNotACrash()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/malformed-tag.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, field: null, line: 3);
    }

    [Fact]
    public void AnAnchorIsIgnoredAndAnAliasLeftOutUnexpandedWithWarnings()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/anchor-and-alias.md");

        Assert.Equal([(null, 4), ("emotions", 5)], load.Diagnostics.Select(d => (d.Field, d.Line ?? 0)));
        Assert.All(load.Diagnostics, d => Assert.Equal((DiagnosticCodes.YamlAnchorOrAlias, DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.Contains("&feelings", load.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(load.Post!.Emotions);
        Assert.Contains("\"shared\":[\"tired\",\"hopeful\"]", load.Post.Meta.GetRawText(), StringComparison.Ordinal);
        load.AssertCompanionLoaded();
    }

    [Fact]
    public void BillionLaughsIsServedQuicklyWithoutExpanding()
    {
        var clock = Stopwatch.StartNew();
        var load = Journal.LoadBesideCompanion("frontmatter/billion-laughs.md");
        clock.Stop();

        Assert.NotNull(load.Post);
        Assert.True(load.Post!.Meta.GetRawText().Length < 1000, load.Post.Meta.GetRawText());
        Assert.All(load.Diagnostics, d => Assert.Equal((DiagnosticCodes.YamlAnchorOrAlias, DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Reading the alias bomb took {clock.Elapsed}.");
    }

    [Fact]
    public void ExplicitTagIsRefused()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/explicit-tag.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.YamlExplicitTag, DiagnosticSeverity.Error, field: null, line: 3);
        Assert.Contains("tag", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ADuplicateKeyServesItsLastValueAsJekyllDoesWithAWarningNamingTheFirstLine()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/duplicate-key.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Warning, field: "title", line: 5);
        Assert.Contains("first on line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("A second title", load.Post!.Title);
    }

    [Fact]
    public void NestingDeeperThanThirtyTwoLevelsIsRefused()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/too-deep.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.TooDeep, DiagnosticSeverity.Error, field: null, line: 4);
    }

    [Fact]
    public void ThirtyThirdLevelOfNestingIsRefused()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/one-level-too-deep.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.TooDeep, DiagnosticSeverity.Error, field: null, line: 4);
    }

    [Fact]
    public void ThirtyTwoLevelsOfNestingAreAccepted()
    {
        var post = Journal.LoadPost("frontmatter/deep-but-allowed.md");

        Assert.Equal("Deep but allowed", post.Title);
        Assert.True(post.Meta.TryGetProperty("nested", out _));
    }

    [Fact]
    public void TitleNoStaysTheTextNo()
    {
        var post = Journal.LoadPost("frontmatter/title-no.md");

        Assert.Equal("no", post.Title);
    }
}
