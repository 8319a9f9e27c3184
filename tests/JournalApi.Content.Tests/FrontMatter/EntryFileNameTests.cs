using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Tests.FrontMatter;

public sealed class EntryFileNameTests
{
    [Fact]
    public void JekyllNameGivesTheDateAndTheStem()
    {
        var name = EntryFileName.Parse("2025-07-09-reaching-out.md");

        Assert.Equal(new DateOnly(2025, 7, 9), name.Date);
        Assert.Equal("reaching-out", name.Stem);
    }

    [Fact]
    public void JekyllNameWithoutLeadingZerosGivesTheDate()
    {
        var name = EntryFileName.Parse("2025-7-9-slug.md");

        Assert.Equal(new DateOnly(2025, 7, 9), name.Date);
        Assert.Equal("slug", name.Stem);
    }

    [Fact]
    public void NameWithAnImpossibleDateIsOnlyAStem()
    {
        var name = EntryFileName.Parse("2025-02-30-leap.markdown");

        Assert.Null(name.Date);
        Assert.Equal("2025-02-30-leap", name.Stem);
    }

    [Fact]
    public void NameWithoutADateIsOnlyAStem()
    {
        var name = EntryFileName.Parse("weekly-notes.md");

        Assert.Null(name.Date);
        Assert.Equal("weekly-notes", name.Stem);
    }

    [Theory]
    [InlineData("posts/walk/index.md", "walk", null)]
    [InlineData("posts/2024-05-01-walk/INDEX.html", "walk", "2024-05-01")]
    [InlineData("index.md", "index", null)]
    [InlineData("posts/walk/indexes.md", "indexes", null)]
    public void AHugoPageBundlesIndexIsNamedByItsFolder(string path, string stem, string? day)
    {
        var name = EntryFileName.OfPath(path);

        Assert.Equal((stem, day is null ? (DateOnly?)null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), (name.Stem, name.Date));
    }
}
