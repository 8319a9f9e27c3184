using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Validation;

public sealed class TitleTests
{
    [Fact]
    public void MissingTitleIsAWarningAndTheTitleIsMadeFromTheSlug()
    {
        var load = Journal.LoadBesideCompanion("fields/2025-07-09-reaching-out.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.TitleMissing, DiagnosticSeverity.Warning, field: "title", line: null);
        Assert.Contains("\"Reaching Out\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Reaching Out", load.Post!.Title);
        Assert.Equal("reaching-out", load.Post.Slug);
    }

    [Fact]
    public void TitleWrittenAsAListIsAnError()
    {
        var load = Journal.LoadBesideCompanion("fields/title-list.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.TitleNotText, DiagnosticSeverity.Error, field: "title", line: 2);
    }

    [Fact]
    public void TitleOverTwoHundredCharactersIsServedWholeWithAWarning()
    {
        var load = Journal.LoadBesideCompanion("fields/title-too-long.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.TitleLength, DiagnosticSeverity.Warning, field: "title", line: 2);
        Assert.Contains("215", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(215, load.Post!.Title.Length);
    }

    [Fact]
    public void TitleNoIsServedAsTheTextNo()
    {
        var load = Journal.LoadBesideCompanion("frontmatter/title-no.md");

        Assert.Empty(load.Diagnostics);
        Assert.Equal("no", load.Post!.Title);
        load.AssertCompanionLoaded();
    }
}
