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
        Assert.Equal(["journal", "personal"], post.Meta.GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("/somewhere/else/", post.Meta.GetProperty("permalink").GetString());
        Assert.Equal("A shadow title", post.Meta.GetProperty("Title").GetString());
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
