using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace JournalApi.Tests.Media;

/// <summary>
/// Images, PDF, audio and video kept beside the entries are served at <c>/media/{path}</c> with their content type,
/// an ETag from their bytes, 304 and byte ranges; nothing outside the folder, hidden or not on the list is.
/// </summary>
public sealed class MediaFilesTests : IDisposable
{
    private static readonly byte[] Photo = [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7))];

    private const string OutsideBytes = "bytes from outside the content folder";

    private readonly string outside = Directory.CreateTempSubdirectory("journalapi-outside-").FullName;
    private readonly JournalApiFactory factory = JournalApiFactory.OverEmptyFolder().WithFile("posts/walk/index.md", """
        ---
        title: A walk
        date: 2025-05-01
        ---

        ![the canal](photo.jpg) and [my notes](files/notes.pdf) and [the letter](../2025-04-01-a-letter.md)
        """).WithFile("posts/2025-04-01-a-letter.md", """
        ---
        title: A letter
        date: 2025-04-01
        ---

        Dear you.
        """);

    public MediaFilesTests()
    {
        var walk = Path.Combine(factory.ContentPath, "posts", "walk");
        File.WriteAllBytes(Path.Combine(walk, "photo.jpg"), Photo);
        Directory.CreateDirectory(Path.Combine(walk, "files"));
        File.WriteAllText(Path.Combine(walk, "files", "notes.pdf"), "%PDF-1.4 notes");
        File.WriteAllText(Path.Combine(walk, "song.mp3"), "ID3 a song");
        File.WriteAllText(Path.Combine(walk, "clip.mp4"), "a clip");
        File.WriteAllText(Path.Combine(walk, ".hidden.jpg"), "hidden");
        File.WriteAllText(Path.Combine(walk, "page.html"), "<script>alert(1)</script>");
        File.WriteAllText(Path.Combine(walk, "drawing.svg"), "<svg onload=\"alert(1)\"/>");
        File.WriteAllText(Path.Combine(outside, "secret.jpg"), OutsideBytes);
        File.CreateSymbolicLink(Path.Combine(walk, "linked.jpg"), Path.Combine(outside, "secret.jpg"));
        Directory.CreateSymbolicLink(Path.Combine(factory.ContentPath, "elsewhere"), outside);
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    [Theory]
    [InlineData("/media/posts/walk/photo.jpg", "image/jpeg")]
    [InlineData("/media/posts/walk/files/notes.pdf", "application/pdf")]
    [InlineData("/media/posts/walk/song.mp3", "audio/mpeg")]
    [InlineData("/media/posts/walk/clip.mp4", "video/mp4")]
    public async Task AFileBesideTheEntriesIsServedWithItsContentTypeAndCaching(string path, string contentType)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal("public, max-age=300, stale-while-revalidate=86400", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        var expected = File.ReadAllBytes(Path.Combine(factory.ContentPath, path["/media/".Length..]));
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheETagComesFromTheBytesAloneAndAnswers304()
    {
        using var other = JournalApiFactory.OverEmptyFolder().WithFile("a.md", "---\ntitle: A\ndate: 2025-01-01\n---\nA.");
        File.WriteAllBytes(Path.Combine(other.ContentPath, "copy.jpg"), Photo);
        using var client = await factory.CreateReadyClientAsync();
        using var otherClient = await other.CreateReadyClientAsync();
        using var first = await client.GetAsync(new Uri("/media/posts/walk/photo.jpg", UriKind.Relative));
        using var copy = await otherClient.GetAsync(new Uri("/media/copy.jpg", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/posts/walk/photo.jpg", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(request);

        Assert.Equal(first.Headers.ETag, copy.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, notModified.Headers.CacheControl);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AChangedFileGetsANewETag()
    {
        using var client = await factory.CreateReadyClientAsync();
        using var before = await client.GetAsync(new Uri("/media/posts/walk/song.mp3", UriKind.Relative));

        var file = Path.Combine(factory.ContentPath, "posts", "walk", "song.mp3");
        File.WriteAllText(file, "ID3 another song, longer");
        using var after = await client.GetAsync(new Uri("/media/posts/walk/song.mp3", UriKind.Relative));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("ID3 another song, longer", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARangeAnswers206WithThoseBytesAndABadOne416()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/posts/walk/photo.jpg", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var partial = await client.SendAsync(request);
        using var beyond = new HttpRequestMessage(HttpMethod.Get, new Uri("/media/posts/walk/photo.jpg", UriKind.Relative));
        beyond.Headers.Range = new RangeHeaderValue(5000, 6000);
        using var unsatisfiable = await client.SendAsync(beyond);

        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("bytes 100-199/3000", partial.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Photo[100..200], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, unsatisfiable.StatusCode);
    }

    [Theory]
    [InlineData("/media/posts/walk/.hidden.jpg")]
    [InlineData("/media/posts/walk/linked.jpg")]
    [InlineData("/media/elsewhere/secret.jpg")]
    [InlineData("/media/posts/walk/page.html")]
    [InlineData("/media/posts/walk/drawing.svg")]
    [InlineData("/media/posts/walk/index.md")]
    [InlineData("/media/posts/walk/missing.jpg")]
    [InlineData("/media/posts/walk/%2e%2e/%2e%2e/%2e%2e/etc/hostname.jpg")]
    [InlineData("/media/posts%2fwalk%2f..%2f..%2f..%2fsecret.jpg")]
    [InlineData("/media/posts/walk")]
    [InlineData("/media/")]
    public async Task NothingHiddenLinkedOutsideOrOffTheListIsServed(string path)
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain(OutsideBytes, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANamedPipeWithAMediaNameAnswers404WithoutWaitingForAWriter()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(factory.ContentPath, "posts", "walk", "pipe.mp3")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var client = await factory.CreateReadyClientAsync();

        // A timeout turns a hang into a failure.
        using var response = await client.GetAsync(new Uri("/media/posts/walk/pipe.mp3", UriKind.Relative)).WaitAsync(TimeSpan.FromSeconds(10));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APostsRelativeImagesAndLinksBecomeAbsoluteOnTheRequestsHost()
    {
        using var client = await factory.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/walk")).GetProperty("html").GetString();

        Assert.Contains("<img src=\"http://localhost/media/posts/walk/photo.jpg\" alt=\"the canal\" />", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/media/posts/walk/files/notes.pdf\">my notes</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/api/posts/a-letter\">the letter</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithABaseUrlAPostsLinksAndItsFeedEntriesUseIt()
    {
        using var configured = JournalApiFactory.OverEmptyFolder().WithSetting("Site:BaseUrl", "https://journal.example/blog/")
            .WithFile("walk/index.md", "---\ntitle: A walk\ndate: 2025-05-01\n---\n\n![the canal](photo.jpg)\n");
        using var client = await configured.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/walk")).GetProperty("html").GetString();
        var feed = await client.GetStringAsync(new Uri("/feeds/feed.json", UriKind.Relative));

        const string Image = "<img src=\"https://journal.example/blog/media/walk/photo.jpg\" alt=\"the canal\" />";
        Assert.Contains(Image, html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(feed);
        Assert.Contains(Image, json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameCachedAnswerIsNotHandedToAnotherHost()
    {
        using var client = await factory.CreateReadyClientAsync();
        using var first = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/posts/walk", UriKind.Relative));
        first.Headers.Host = "one.example";
        using var firstAnswer = await client.SendAsync(first);
        using var second = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/posts/walk", UriKind.Relative));
        second.Headers.Host = "two.example";
        using var secondAnswer = await client.SendAsync(second);

        Assert.Contains("http://one.example/media/", await firstAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("http://two.example/media/", await secondAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadAnswersTheHeadersWithoutTheBody()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/media/posts/walk/photo.jpg", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Photo.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
