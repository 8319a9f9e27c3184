using System.Text.Json;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Validation;

public sealed class MetaTests
{
    [Fact]
    public void UnknownKeysArePassedThroughUnderMeta()
    {
        var post = Journal.LoadPost("frontmatter/unknown-keys.md");

        Assert.Equal(JsonValueKind.Object, post.Meta.ValueKind);
        Assert.Equal("post", post.Meta.GetProperty("layout").GetString());
        Assert.Equal("A shadow title", post.Meta.GetProperty("Title").GetString());
        Assert.Equal("true", post.Meta.GetProperty("comments").GetString());
    }

    [Fact]
    public void CategoriesAndPermalinkAreFieldsNotMeta()
    {
        var post = Journal.LoadPost("frontmatter/unknown-keys.md");

        Assert.Equal(["journal", "personal"], post.Categories.ToArray());
        Assert.Equal("/somewhere/else/", post.PageUrl);
        Assert.Equal(["layout", "Title", "comments"], post.Meta.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void UnknownKeysCannotSetFieldsOfThePost()
    {
        var post = Journal.LoadPost("frontmatter/unknown-keys.md");

        Assert.Equal("Keys the engine does not own", post.Title);
        Assert.Equal("unknown-keys", post.Slug);
        Assert.Empty(post.Tags);
    }

    [Fact]
    public void KnownFieldsAreNotRepeatedUnderMeta()
    {
        var post = Journal.LoadPost("valid/2025-07-09-the-weight-of-unsent-letters.md");

        Assert.Equal(["layout"], post.Meta.EnumerateObject().Select(p => p.Name));
    }
}
