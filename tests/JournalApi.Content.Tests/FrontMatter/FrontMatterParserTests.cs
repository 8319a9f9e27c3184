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
    public void AnchorsAndAliasesAreRefused()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/anchor-and-alias.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.YamlAnchorOrAlias, DiagnosticSeverity.Error, field: null, line: 4);
        Assert.Contains("&feelings", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BillionLaughsIsRefusedQuicklyWithoutExpanding()
    {
        var clock = Stopwatch.StartNew();
        var load = Journal.LoadBesideCompanion("frontmatter/billion-laughs.md");
        clock.Stop();

        load.AssertOnlyDiagnostic(DiagnosticCodes.YamlAnchorOrAlias, DiagnosticSeverity.Error, field: null, line: 4);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Refusing the alias bomb took {clock.Elapsed}.");
    }

    [Fact]
    public void ExplicitTagIsRefused()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/explicit-tag.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.YamlExplicitTag, DiagnosticSeverity.Error, field: null, line: 3);
        Assert.Contains("tag", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DuplicateKeyIsRefusedNamingTheFirstLine()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/duplicate-key.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.DuplicateKey, DiagnosticSeverity.Error, field: "title", line: 5);
        Assert.Contains("first on line 2", diagnostic.Message, StringComparison.Ordinal);
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
