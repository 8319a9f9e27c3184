using System.Net;
using System.Net.Http.Headers;

namespace JournalApi.Tests.Live;

/// <summary>
/// An ETag changes exactly when what the answer shows changes, and comes from content alone, so that replicas over the
/// same files agree and a CDN in front of them can answer repeat requests.
/// </summary>
public sealed class ContentETagTests
{
    // Newest first: d, c, b, a. 'a' has only 'b' as a neighbour, so an edit to 'd' changes nothing that 'a' shows.
    private static readonly (string File, string Text)[] Entries =
    [
        ("a.md", Entry.Valid("Entry A", date: "2025-01-01")),
        ("b.md", Entry.Valid("Entry B", date: "2025-02-01")),
        ("c.md", Entry.Valid("Entry C", date: "2025-03-01")),
        ("d.md", Entry.Valid("Entry D", date: "2025-04-01")),
    ];

    [Fact]
    public async Task AnUntouchedPostKeepsItsETagAcrossAnUnrelatedEditWhileTheListAndTheEditedPostChangeTheirs()
    {
        await using var journal = await StartAsync();
        var untouched = await ETagOfAsync(journal.Client, "/api/posts/a");
        var edited = await ETagOfAsync(journal.Client, "/api/posts/d");
        var list = await ETagOfAsync(journal.Client, "/api/posts");

        journal.Write("d.md", Entry.Valid("Entry D, Revised", date: "2025-04-01", body: "A different body."));
        await journal.WaitUntilAsync("the edit", s => s.Find("d")?.Title == "Entry D, Revised");

        Assert.Equal(untouched, await ETagOfAsync(journal.Client, "/api/posts/a"));
        Assert.NotEqual(edited, await ETagOfAsync(journal.Client, "/api/posts/d"));
        Assert.NotEqual(list, await ETagOfAsync(journal.Client, "/api/posts"));
    }

    [Fact]
    public async Task TheOldETagOfAnEditedPostNoLongerAnswers304()
    {
        await using var journal = await StartAsync();
        var before = await ETagOfAsync(journal.Client, "/api/posts/d");

        journal.Write("d.md", Entry.Valid("Entry D, Revised", date: "2025-04-01"));
        await journal.WaitUntilAsync("the edit", s => s.Find("d")?.Title == "Entry D, Revised");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/posts/d", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(before);
        using var response = await journal.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.Equal("Entry D, Revised", (await response.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/posts")]
    [InlineData("/api/posts/b")]
    [InlineData("/api/tags")]
    [InlineData("/api/diagnostics")]
    [InlineData("/api/changes")]
    public async Task TwoInstancesOverTheSameFilesGiveTheSameETags(string path)
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        Assert.NotEqual(first.Factory.ContentPath, second.Factory.ContentPath);
        Assert.Equal(await ETagOfAsync(first.Client, path), await ETagOfAsync(second.Client, path));
    }

    private static Task<LiveJournal> StartAsync() =>
        LiveJournal.StartAsync(f =>
        {
            foreach (var (file, text) in Entries)
            {
                f.WithFile(file, text);
            }
        });

    private static async Task<EntityTagHeaderValue> ETagOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
    }
}
