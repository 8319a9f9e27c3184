using JournalApi.AnswerCache;

namespace JournalApi.Tests.Http;

/// <summary>The per-snapshot answer cache keeps answers of one version and never grows past its bounds.</summary>
public sealed class CachedAnswersTests
{
    [Fact]
    public void AnAnswerIsFoundForItsVersionOnly()
    {
        var cache = new CachedAnswers();
        cache.Add("v1", "/api/posts", Answer(10));

        Assert.True(cache.TryGet("v1", "/api/posts", out _));
        Assert.False(cache.TryGet("v2", "/api/posts", out _));
    }

    [Fact]
    public void ANewVersionEmptiesTheCache()
    {
        var cache = new CachedAnswers();
        cache.Add("v1", "/api/posts", Answer(10));
        cache.Add("v2", "/api/tags", Answer(10));

        Assert.False(cache.TryGet("v1", "/api/posts", out _));
        Assert.True(cache.TryGet("v2", "/api/tags", out _));
    }

    [Fact]
    public void PassingTheByteBoundStartsAfresh()
    {
        var cache = new CachedAnswers();
        cache.Add("v1", "/api/posts?q=big", Answer((int)CachedAnswers.MaxBytes));
        cache.Add("v1", "/api/posts?q=small", Answer(10));

        Assert.False(cache.TryGet("v1", "/api/posts?q=big", out _));
        Assert.True(cache.TryGet("v1", "/api/posts?q=small", out _));
    }

    [Fact]
    public void PassingTheEntryBoundStartsAfresh()
    {
        var cache = new CachedAnswers();
        for (var i = 0; i <= CachedAnswers.MaxEntries; i++)
        {
            cache.Add("v1", $"/api/posts/{i}", Answer(1));
        }

        Assert.False(cache.TryGet("v1", "/api/posts/0", out _));
        Assert.True(cache.TryGet("v1", $"/api/posts/{CachedAnswers.MaxEntries}", out _));
    }

    [Fact]
    public void LinkHeadersAndKeysCountTowardTheByteBoundNotOnlyBodies()
    {
        var cache = new CachedAnswers();
        // Ten-byte bodies whose Link header and key hold 1 MB each (two bytes a character): far fewer fit than bodies alone allow.
        var link = new string('l', 512 * 1024);
        var key = "/api/posts?q=" + new string('k', 512 * 1024);
        var fits = (int)(CachedAnswers.MaxBytes / (2L * 1024 * 1024));
        for (var i = 0; i <= fits; i++)
        {
            cache.Add("v1", key + i, new CachedAnswer("application/json", "\"etag\"", "", link, new byte[10]));
        }

        Assert.False(cache.TryGet("v1", key + 0, out _));
        Assert.True(cache.TryGet("v1", key + fits, out _));
    }

    private static CachedAnswer Answer(int size) => new("application/json", "\"etag\"", "", "", new byte[size]);
}
