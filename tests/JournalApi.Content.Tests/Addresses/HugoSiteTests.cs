using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Addresses;

/// <summary>A look-alike of a Hugo blog with a page bundle: aliases, categories, images and covers.</summary>
public sealed class HugoSiteTests
{
    private const string Site = "sites/hugo";

    [Fact]
    public void HugoAliasesAreAliasesAndAWholeAddressKeepsOnlyItsPath()
    {
        var snapshot = Journal.LoadFixtureFolder(Site);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(["/old/porto/", "/2021/04/porto.html"], snapshot.Find("porto")!.Aliases.ToArray());
        Assert.Equal("porto", snapshot.FindByUrl("/old/porto")?.Slug);
        Assert.Equal("porto", snapshot.FindByUrl("/2021/04/porto/")?.Slug);
        Assert.Equal("porto", snapshot.FindByUrl("/2021/04/03/porto/")?.Slug);
    }

    [Fact]
    public void ImagesListGivesTheCoverWithTheSizeOfTheJpegInTheBundle()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("porto")!;

        Assert.Equal(new CoverImage("/media/posts/trip-to-porto/cover.jpg", 800, 600, null), post.Image);
        Assert.Equal(["travel"], post.Categories.ToArray());
    }

    [Fact]
    public void CoverMappingGivesUrlAndAlt()
    {
        var post = Journal.LoadFixtureFolder(Site).Find("note")!;

        Assert.Equal(new CoverImage("https://cdn.example.com/note.png", null, null, "A notebook"), post.Image);
        Assert.Equal("{}", post.Meta.GetRawText());
    }

    [Fact]
    public void SectionAndFilenamePlaceholdersFollowTheFolder()
    {
        var post = Journal.LoadFixtureFolder(Site, new LoadOptions { Permalink = "/:section/:year/:slug/" }).Find("porto")!;

        Assert.Equal("/posts/2021/porto/", post.PageUrl);
    }
}
