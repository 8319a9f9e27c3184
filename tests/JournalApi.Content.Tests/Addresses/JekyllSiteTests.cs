using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Addresses;

/// <summary>A look-alike of a real Jekyll blog: the URLs it already has, its categories and covers, and its dates.</summary>
public sealed class JekyllSiteTests
{
    private const string Site = "sites/jekyll";

    [Fact]
    public void EveryPostOfTheSiteLoadsWithoutADiagnostic()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(["late-night", "linking", "lisbon", "old-name"], snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PageUrlFollowsJekyllsDefaultPatternWithTheWritersDay()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("old-name")!;

        Assert.Equal("/2013/09/06/old-name/", post.PageUrl);
    }

    [Fact]
    public void FrontMatterPermalinkWinsAndItsPlaceholdersAreFilledIn()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("lisbon")!;

        Assert.Equal("/travel/2014/lisbon.html", post.PageUrl);
    }

    [Fact]
    public void ConfiguredPatternsUseCategoriesAndJekyllsStyleNames()
    {
        var pattern = Journal.LoadFixtureFolder(Site, new LoadOptions { Permalink = "/:categories/:year/:title:output_ext" }).Find("old-name")!;
        var style = Journal.LoadFixtureFolder(Site, new LoadOptions { Permalink = "none" }).Find("late-night")!;

        Assert.Equal("/ruby/web-dev/2013/old-name.html", pattern.PageUrl);
        Assert.Equal("/notes/late-night.html", style.PageUrl);
    }

    [Fact]
    public void RedirectFromBecomesAliasesAndEveryOldAddressFindsThePost()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        Assert.Equal(["/blog/2013/09/moving-the-blog/", "/moving.html"], snapshot.Find("old-name")!.Aliases.ToArray());
        foreach (var path in new[] { "/2013/09/06/old-name/", "/2013/09/06/old-name", "/2013/09/06/old-name.html", "/2013/09/06/old-name/index.html",
                     "/blog/2013/09/moving-the-blog", "/moving.html?utm=feed#top", "/moving/" })
        {
            Assert.Equal("old-name", snapshot.FindByUrl(path)?.Slug);
        }

        Assert.Equal("lisbon", snapshot.FindByUrl("/travel/2014/lisbon.html")?.Slug);
        Assert.Null(snapshot.FindByUrl("/2013/09/06/other-name/"));
    }

    [Fact]
    public void CategoriesComeFromFrontMatterAndFromFoldersAbovePosts()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        Assert.Equal(["ruby", "web dev"], snapshot.Find("old-name")!.Categories.ToArray());
        Assert.Equal(["travel"], snapshot.Find("lisbon")!.Categories.ToArray());
        Assert.Equal(["notes"], snapshot.Find("late-night")!.Categories.ToArray());
        Assert.Equal(("notes", 2), (snapshot.Categories[0].Name, snapshot.Categories[0].Count));
    }

    [Fact]
    public void SingularTagIsReadAsTags()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("old-name")!;

        Assert.Equal(["rails"], post.Tags.ToArray());
        Assert.Equal("{\"layout\":\"post\",\"author\":\"sam\",\"comments\":\"true\"}", post.Meta.GetRawText());
    }

    [Fact]
    public void CoverFromJekyllSeoTagMappingHasTheSizeOfThePngBesideTheSite()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("old-name")!;

        Assert.Equal(new CoverImage("/assets/cover.png", 640, 360, "A blue banner"), post.Image);
    }

    [Fact]
    public void WithoutAnImageKeyTheBodysFirstImageIsTheCoverWithItsGifSize()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("lisbon")!;

        Assert.Equal(new CoverImage("/media/assets/tram.gif", 320, 200, "A yellow tram"), post.Image);
    }

    [Fact]
    public void ARemoteImageIsTheCoverWithoutASize()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("linking")!;

        Assert.Equal(new CoverImage("https://images.example.org/big.png", null, null, "Remote"), post.Image);
    }

    [Fact]
    public void PostUrlAndLinkTagsResolveToTheTargetsPage()
    {
        var html = Journal.LoadFixtureFolder(Site).Find("linking")!.Html;

        Assert.Contains("<a href=\"/2013/09/06/old-name/\">the move</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/2014/05/01/lisbon/\">Lisbon</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateWithAnOffsetKeepsTheWritersDayByDefault()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("late-night")!;

        Assert.Equal(new DateOnly(2019, 12, 31), post.Date.Day);
        Assert.Equal("2019-12-31T23:30:00-05:00", post.Date.ToString());
        Assert.Equal("/2019/12/31/late-night/", post.PageUrl);
    }

    [Fact]
    public void DateDaySiteFilesTheSamePostOnTheDayInTheContentTimeZoneAsJekyllDoes()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var inLondon = Journal.LoadFixtureFolder(Site, new LoadOptions { DateDay = DateDay.Site, TimeZone = london }).Find("late-night")!;
        var inTokyo = Journal.LoadFixtureFolder(Site, new LoadOptions { DateDay = DateDay.Site, TimeZone = tokyo }).Find("old-name")!;

        Assert.Equal(new DateOnly(2020, 1, 1), inLondon.Date.Day);
        Assert.Equal("/2020/01/01/late-night/", inLondon.PageUrl);
        Assert.Equal(new DateOnly(2013, 9, 7), inTokyo.Date.Day);
    }

    [Fact]
    public void DateDaySiteLeavesADateWithoutATimeOnTheDayWritten()
    {
        var post = Journal.LoadFixtureFolder(Site, new LoadOptions { DateDay = DateDay.Site, TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo") })
            .Find("linking")!;

        Assert.Equal(new DateOnly(2016, 7, 26), post.Date.Day);
    }
}
