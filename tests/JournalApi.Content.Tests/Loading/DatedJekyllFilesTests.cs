using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Loading;

/// <summary>Files that Jekyll publishes from their dated names alone, though their front matter is missing or wrong.</summary>
public sealed class DatedJekyllFilesTests
{
    private const string Site = "sites/jekyll-faults";

    [Fact]
    public void ADatedFileWithoutFrontMatterIsServedWithTheNamesTitleAndDateAndAWarning()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);
        var post = snapshot.Find("written-without-front-matter")!;

        Assert.Equal(("Written Without Front Matter", new DateOnly(2015, 2, 3)), (post.Title, post.Date.Day));
        Assert.StartsWith("<p>Straight into the text", post.Html, StringComparison.Ordinal);
        var diagnostics = snapshot.Diagnostics.Where(d => d.Path == post.SourcePath).ToList();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.NoFrontMatter && d.Line == 1);
    }

    [Theory]
    [InlineData("_posts/2016-03-04-unreadable-date.md", "unreadable-date", DiagnosticCodes.DateFormat, "2016-03-04")]
    [InlineData("_posts/2017-05-06-off-calendar.md", "off-calendar", DiagnosticCodes.DateNotOnCalendar, "2017-05-06")]
    public void AnUnreadableDateInADatedFileIsAWarningAndTheNamesDateIsServed(string path, string slug, string code, string day)
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.Path == path);
        Assert.Equal((code, DiagnosticSeverity.Warning, "date", 3), (diagnostic.Code, diagnostic.Severity, diagnostic.Field, diagnostic.Line));
        Assert.Contains(day, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), snapshot.Find(slug)!.Date.Day);
    }

    [Fact]
    public void WithoutADateInTheNameAnImpossibleDateStillKeepsTheFileOut()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.Path == "_posts/2016-02-30-impossible-day.md");
        Assert.Equal((DiagnosticCodes.DateNotOnCalendar, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.DoesNotContain(snapshot.Posts, p => p.SourcePath == diagnostic.Path);
    }
}
