using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

public sealed class ExcerptTests
{
    [Fact]
    public void MoreCommentEndsTheExcerptAndIsNotInTheHtml()
    {
        var post = Journal.LoadPost("rendering/more-separator.md");

        Assert.Equal("The part worth showing on the front page is this one. It has two paragraphs.", post.Excerpt);
        Assert.DoesNotContain("more", post.Html.Replace("front page", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", post.Html, StringComparison.Ordinal);
        Assert.Contains("The rest is only for those who click through.", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreCommentIsNotInTheHtmlInSanitizeModeEither()
    {
        var post = Journal.LoadPost("rendering/more-separator.md", new LoadOptions { RawHtml = RawHtmlMode.Sanitize });

        Assert.DoesNotContain("<!--", post.Html, StringComparison.Ordinal);
        Assert.Equal("The part worth showing on the front page is this one. It has two paragraphs.", post.Excerpt);
    }

    [Fact]
    public void ExcerptSeparatorKeyChoosesTheSeparator()
    {
        var post = Journal.LoadPost("rendering/custom-separator.md");

        Assert.Equal("Only this sentence belongs in the excerpt.", post.Excerpt);
        Assert.True(post.Meta.EnumerateObject().All(p => p.Name != "excerpt_separator"));
    }

    [Fact]
    public void ExcerptFallsBackToTheFirstParagraphAsPlainText()
    {
        var post = Journal.LoadPost("rendering/first-paragraph.md");

        Assert.Equal("The first real paragraph, with a link and some code, becomes the excerpt.", post.Excerpt);
    }

    [Fact]
    public void DescriptionIsTheExcerptWhenPresent()
    {
        var post = Journal.LoadPost("rendering/description-wins.md");

        Assert.Equal("The description I wrote myself.", post.Description);
        Assert.Equal("The description I wrote myself.", post.Excerpt);
    }

    [Fact]
    public void ExcerptKeyComesBeforeTheBody()
    {
        var post = Journal.LoadPost("rendering/excerpt-key.md");

        Assert.Null(post.Description);
        Assert.Equal("The excerpt I wrote myself.", post.Excerpt);
    }

    [Fact]
    public void WordCountCountsHeadingsAndKeepsContractionsAndHyphenatedWordsWhole()
    {
        var post = Journal.LoadPost("rendering/counted-words.md");

        Assert.Equal(14, post.WordCount);
        Assert.Equal(1, post.ReadingTimeMinutes);
    }

    [Fact]
    public void ReadingTimeIsWordsOverTwoHundredRoundedUp()
    {
        var loader = new EntryLoader(new LoadOptions());
        var file = new ContentFile("/nowhere/long.md", "long.md", 0, DateTime.UnixEpoch);
        string Entry(int words) => "---\ntitle: Long\ndate: 2025-01-01\n---\n\n" + string.Join(' ', Enumerable.Repeat("word", words)) + "\n";

        Assert.Equal(1, loader.LoadText(file, Entry(200)).Post!.ReadingTimeMinutes);
        Assert.Equal(2, loader.LoadText(file, Entry(201)).Post!.ReadingTimeMinutes);
        Assert.Equal(3, loader.LoadText(file, Entry(450)).Post!.ReadingTimeMinutes);
        Assert.Equal(450, loader.LoadText(file, Entry(450)).Post!.WordCount);
    }
}
