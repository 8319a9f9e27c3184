using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Live;

/// <summary><c>/api/changes</c> says what changed since a version, and its Server-Sent Events stream announces each new one.</summary>
public sealed class ChangesTests
{
    [Fact]
    public async Task TheVersionIsTheOneSentAsXContentVersion()
    {
        await using var journal = await StartAsync();

        using var response = await journal.Client.GetAsync(new Uri("/api/changes", UriKind.Relative));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Content-Version")), body.GetProperty("version").GetString());
        Assert.Equal(journal.Current.Version, body.GetProperty("version").GetString());
        Assert.False(body.TryGetProperty("added", out _));
    }

    [Fact]
    public async Task AnEditedEntryIsListedAsUpdatedSinceTheVersionBefore()
    {
        await using var journal = await StartAsync();
        var before = await VersionAsync(journal.Client);

        journal.Write("first-light.md", Entry.Valid("First Light, Written Again"));
        var after = await journal.WaitUntilAsync("the edit", s => s.Find("first-light")?.Title == "First Light, Written Again");

        var changes = await journal.Client.GetJsonAsync("/api/changes?since=" + before);
        Assert.Equal(after.Version, changes.GetProperty("version").GetString());
        Assert.Equal(["first-light"], Slugs(changes, "updated"));
        Assert.Empty(Slugs(changes, "added"));
        Assert.Empty(Slugs(changes, "removed"));
    }

    [Fact]
    public async Task ANewFileIsListedAsAdded()
    {
        await using var journal = await StartAsync();
        var before = await VersionAsync(journal.Client);

        journal.Write("third-light.md", Entry.Valid("Third Light"));
        await journal.WaitUntilAsync("the new entry", s => s.Find("third-light") is not null);

        var changes = await journal.Client.GetJsonAsync("/api/changes?since=" + before);
        Assert.Equal(["third-light"], Slugs(changes, "added"));
        Assert.Empty(Slugs(changes, "updated"));
        Assert.Empty(Slugs(changes, "removed"));
    }

    [Fact]
    public async Task ADeletedFileIsListedAsRemoved()
    {
        await using var journal = await StartAsync();
        var before = await VersionAsync(journal.Client);

        journal.Delete("second-light.md");
        await journal.WaitUntilAsync("second-light to be gone", s => s.Find("second-light") is null);

        var changes = await journal.Client.GetJsonAsync("/api/changes?since=" + before);
        Assert.Equal(["second-light"], Slugs(changes, "removed"));
        Assert.Empty(Slugs(changes, "added"));
        Assert.Empty(Slugs(changes, "updated"));
    }

    [Fact]
    public async Task AnUnknownVersionAnswers410ProblemDetails()
    {
        await using var journal = await StartAsync();

        using var response = await journal.Client.GetAsync(new Uri("/api/changes?since=0123456789abcdef", UriKind.Relative));

        var problem = await HttpAssert.AssertProblemAsync(response, HttpStatusCode.Gone, "since");
        Assert.Contains(journal.Current.Version, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStreamSendsTheCurrentVersionFirstAndThenTheVersionAfterAnEdit()
    {
        await using var journal = await StartAsync();
        var before = journal.Current.Version;
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);

        using var response = await journal.Client.GetAsync(new Uri("/api/changes/stream", UriKind.Relative),
            HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await ReadEventAsync(events, timeout.Token);

        journal.Write("first-light.md", Entry.Valid("First Light, Announced"));
        var after = (await journal.WaitUntilAsync("the edit", s => s.Find("first-light")?.Title == "First Light, Announced")).Version;
        var announced = new List<string>();
        while (announced.LastOrDefault() != after)
        {
            var next = await ReadEventAsync(events, timeout.Token);
            Assert.Equal("version", next.Type);
            announced.Add(next.Data);
        }

        Assert.Equal(("version", before), first);
        Assert.DoesNotContain(before, announced);
    }

    private static Task<LiveJournal> StartAsync() =>
        LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("second-light.md", Entry.Valid("Second Light")));

    private static async Task<string> VersionAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/changes")).GetProperty("version").GetString()!;

    private static string[] Slugs(JsonElement changes, string list) =>
        [.. changes.GetProperty(list).EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>Reads one Server-Sent Event: its <c>event:</c> and <c>data:</c> lines, up to the blank line that ends it.</summary>
    private static async Task<(string Type, string Data)> ReadEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var (type, data) = ("message", "");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && data.Length > 0)
            {
                return (type, data);
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                type = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data += line["data:".Length..].Trim();
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
