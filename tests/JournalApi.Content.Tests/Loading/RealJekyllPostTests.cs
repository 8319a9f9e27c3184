using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>Shapes seen in real Jekyll blogs that must load, not be rejected.</summary>
public sealed class RealJekyllPostTests
{
    private const string Fixture = "jekyll/2024-03-01-時間軸.md";

    [Fact]
    public void FileNameWithoutAsciiLettersIsServedWithAWarningNotRejected()
    {
        var load = Journal.LoadBesideCompanion(Fixture);

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.SlugEmpty, DiagnosticSeverity.Warning, field: "slug", line: null);
        Assert.Contains("entry", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("時間軸", load.Post!.Title);
    }

    [Fact]
    public void EmptyOptionalFieldsCountAsAbsent()
    {
        var post = Journal.LoadBesideCompanion(Fixture).Post!;

        Assert.Null(post.Description);
        Assert.Null(post.Updated);
    }

    [Fact]
    public void ExcerptKeyIsServedAsPlainText()
    {
        var post = Journal.LoadBesideCompanion(Fixture).Post!;

        Assert.Equal("First light.", post.Excerpt);
    }

    [Fact]
    public void CaretsInMathAreNotTurnedIntoSuperscript()
    {
        var post = Journal.LoadBesideCompanion(Fixture).Post!;

        Assert.DoesNotContain("<sup>", post.Html, StringComparison.Ordinal);
        Assert.Contains("^\\infty 1/n^2", post.Html, StringComparison.Ordinal);
    }
}
