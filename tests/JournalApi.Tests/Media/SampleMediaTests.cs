using System.Net;
using JournalApi.Tests.Contract;

namespace JournalApi.Tests.Media;

/// <summary>The README's media example: the sample journal's canal walk shows a picture kept in <c>content/assets</c>.</summary>
public sealed class SampleMediaTests : IDisposable
{
    private readonly JournalApiFactory journal = SampleJournal();

    public void Dispose() => journal.Dispose();

    [Fact]
    public async Task TheSampleCanalWalkShowsItsPictureFromTheMediaPath()
    {
        using var client = await journal.CreateReadyClientAsync();

        var html = (await client.GetJsonAsync("/api/posts/walking-the-canal-path")).GetProperty("html").GetString();
        using var picture = await client.GetAsync(new Uri("/media/assets/canal-path.png", UriKind.Relative));

        Assert.Contains("<img src=\"http://localhost/media/assets/canal-path.png\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "content", "assets", "canal-path.png")), await picture.Content.ReadAsByteArrayAsync());
    }

    private static JournalApiFactory SampleJournal()
    {
        var journal = JournalApiFactory.OverEmptyFolder();
        var content = Path.Combine(RepositoryFiles.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(journal.ContentPath, relative))!);
            File.Copy(file, Path.Combine(journal.ContentPath, relative));
        }

        return journal;
    }
}
