using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Templates;

/// <summary>
/// The classes of difference that bench/fidelity/compare.py found between JournalApi and Jekyll or Hugo on real blogs,
/// each with a look-alike fixture: what the generator publishes is served, and what it never shows is not shown.
/// </summary>
public sealed class GeneratorFidelityTests
{
    [Fact]
    public void KramdownAttributeListsAndHeadingIdsNeverReachThePageAsText()
    {
        var html = Journal.LoadPost("fidelity/2014-08-03-kramdown-markup.md").Html;

        Assert.DoesNotContain("{:", html.Replace("{: keep }", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("{#erasers}", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"erasers\">Erasers</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/images/ridge.jpg\" alt=\"The ridge\" />", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/report\">leaked</a> last week.", html, StringComparison.Ordinal);
        // The attributes are not applied: a body does not restyle the reader's page.
        Assert.DoesNotContain("float-end", html, StringComparison.Ordinal);
        Assert.Contains("<code>config = {: keep }</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void KramdownAbbreviationsBecomeAbbrElementsNotText()
    {
        var html = Journal.LoadPost("fidelity/2014-08-03-kramdown-markup.md").Html;

        Assert.Contains("<abbr title=\"HyperText Markup Language\">HTML</abbr>", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Portable Document Format\">PDF</abbr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("*[HTML]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawTagsInsideCodeVanishAsJekyllsLiquidRemovesThemLeavingTheirText()
    {
        var html = Journal.LoadPost("fidelity/2019-03-18-raw-in-code.md").Html;

        Assert.Contains("<code>{{ site.baseurl }}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>{% raw %}</code>", html, StringComparison.Ordinal);
        Assert.Contains("name: &quot;{{ item }}&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("endraw", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageValuesJekyllDerivesAreThereWhenTheFrontMatterLeavesThemOut()
    {
        var result = Journal.LoadEntry("fidelity/2014-11-28-page-values.md");

        Assert.Equal(DiagnosticCodes.TitleMissing, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("Reviewed on November 28, 2014: Page Values, at /2014/11/28/page-values/.", result.Post!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterKeysWrittenInOtherCaseAreTheFieldsAsHugoReadsThem()
    {
        var post = Journal.LoadPost("fidelity/capitalised-keys.md");

        Assert.Equal(("Why Projects Fail", "why-projects-fail", new DateOnly(2010, 7, 12)), (post.Title, post.Slug, post.Date.Day));
        Assert.Equal(["management", "planning"], post.Tags.ToArray());
        Assert.Equal("{}", post.Meta.GetRawText());
    }

    [Fact]
    public void ADescriptionOverFiveHundredCharactersIsServedWholeWithAWarning()
    {
        var result = Journal.LoadEntry("fidelity/2012-06-02-long-description.md");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.DescriptionLength, "description", 3), (warning.Severity, warning.Code, warning.Field, warning.Line));
        Assert.StartsWith("This description runs on and on", result.Post!.Description, StringComparison.Ordinal);
        Assert.True(result.Post.Description!.Length > 500);
    }

    [Fact]
    public void AnchorsAreIgnoredAndAliasesLeftOutUnexpandedWhileThePostIsServed()
    {
        var result = Journal.LoadEntry("fidelity/2012-03-19-anchors.md");

        Assert.NotNull(result.Post);
        Assert.Equal(["jekyll", "static"], result.Post!.Tags.ToArray());
        Assert.Equal("/assets/images/going-static-feature.jpg", result.Post.Image?.Url);
        Assert.Equal(
            [(DiagnosticCodes.YamlAnchorOrAlias, null, 4), (DiagnosticCodes.YamlAnchorOrAlias, "feature", 5), (DiagnosticCodes.YamlAnchorOrAlias, "tags", 6)],
            result.Diagnostics.Select(d => (d.Code, d.Field, d.Line ?? 0)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("never expanded", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }
}
