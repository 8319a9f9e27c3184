using System.Net;

namespace JournalApi.Tests.Protection;

/// <summary>
/// An answer the preview key chose may hold drafts: no shared cache may keep it (<c>Cache-Control: private, no-store</c>)
/// and one that keeps public answers must tell them apart (<c>Vary: X-Preview-Key</c>), whether the answer was built,
/// kept from before, a 304 or an error.
/// </summary>
public sealed class PreviewCachingTests : IDisposable
{
    private const string PreviewKey = "a-preview-key-of-32-characters!!";
    private const string Draft = "an-unsent-draft";

    private readonly JournalApiFactory factory = new JournalApiFactory().WithSetting("Content:PreviewKey", PreviewKey);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/api/posts")]
    [InlineData("/api/posts/" + Draft)]
    [InlineData("/api/tags")]
    [InlineData("/feeds/atom.xml")]
    public async Task AnswersChosenByThePreviewKeyAreNeitherStoredNorSharedBuiltOrKept(string path)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var built = await SendAsync(client, path, PreviewKey);
        using var kept = await SendAsync(client, path, PreviewKey);

        Assert.Equal(HttpStatusCode.OK, built.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        AssertPrivate(built);
        AssertPrivate(kept);
    }

    [Fact]
    public async Task ANotModifiedAndANotFoundChosenByThePreviewKeyArePrivateToo()
    {
        using var client = await factory.CreateReadyClientAsync();
        using var first = await SendAsync(client, "/api/posts/" + Draft, PreviewKey);

        using var notModified = await SendAsync(client, "/api/posts/" + Draft, PreviewKey, first.Headers.ETag!.Tag);
        using var notFound = await SendAsync(client, "/api/posts/no-such-entry", PreviewKey);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertPrivate(notModified);
        await HttpAssert.AssertProblemAsync(notFound, HttpStatusCode.NotFound);
        AssertPrivate(notFound);
    }

    [Fact]
    public async Task PublicAnswersAndAnswersToAWrongKeyAreNotMarkedPrivate()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var plain = await SendAsync(client, "/api/posts", key: null);
        using var wrong = await SendAsync(client, "/api/posts", "x");

        Assert.DoesNotContain("private", plain.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("private", wrong.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(Draft, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertPrivate(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control was '{response.Headers.CacheControl}'.");
        Assert.Contains("X-Preview-Key", response.Headers.Vary);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? key, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Preview-Key", key);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }
}
