using System.Net;
using System.Text.Json;
using JournalApi.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JournalApi.Tests.Protection;

/// <summary>
/// The event stream as a reconnecting client meets it: retry advice, an id on every event, keep-alive comments, what
/// it missed on reconnect (Last-Event-ID), and a last 'reconnect' event when the stream's lifetime ends or the server stops.
/// </summary>
public sealed class EventStreamTests
{
    [Fact]
    public async Task TheStreamAdvisesARetryGivesEachEventTheVersionAsIdAndSendsKeepAlives()
    {
        using var factory = new JournalApiFactory().WithSetting("Limits:StreamKeepAliveSeconds", "1").WithSetting("Limits:StreamRetryMilliseconds", "2500");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);
        var version = (await client.GetJsonAsync("/api/changes")).GetProperty("version").GetString();

        using var response = await client.OpenStreamAsync(timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var lines = new List<string>();
        while (!lines.Contains(": keep-alive"))
        {
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException());
        }

        Assert.Equal(["retry: 2500", "", $"id: {version}", "event: version", $"data: {version}", "", ": keep-alive"], lines);
    }

    [Fact]
    public async Task AClientReconnectingWithLastEventIdGetsWhatChangedSince()
    {
        await using var journal = await StartAsync();
        var before = journal.Current.Version;
        journal.Write("first-light.md", Entry.Valid("First Light, Missed"));
        journal.Write("third-light.md", Entry.Valid("Third Light"));
        var after = await journal.WaitUntilAsync("the edits", s => s.Find("third-light") is not null && s.Find("first-light")?.Title == "First Light, Missed");
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);

        using var response = await journal.Client.OpenStreamAsync(timeout.Token, lastEventId: before);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var missed = await ReadEventAsync(reader, timeout.Token);

        Assert.Equal(("changes", after.Version), (missed.Type, missed.Id));
        using var changes = JsonDocument.Parse(missed.Data);
        Assert.Equal(after.Version, changes.RootElement.GetProperty("version").GetString());
        Assert.Equal(["third-light"], changes.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["first-light"], changes.RootElement.GetProperty("updated").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task AClientReconnectingWithAForgottenVersionGetsAResetToTheCurrentOne()
    {
        await using var journal = await StartAsync();
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);

        using var response = await journal.Client.OpenStreamAsync(timeout.Token, lastEventId: "0000000000000000");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        Assert.Equal(("reset", journal.Current.Version, journal.Current.Version), await ReadEventAsync(reader, timeout.Token));
    }

    [Fact]
    public async Task AStreamEndsWithAReconnectEventWhenItsLifetimeIsOver()
    {
        using var factory = new JournalApiFactory().WithSetting("Limits:StreamLifetimeSeconds", "1");
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);

        using var response = await client.OpenStreamAsync(timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var first = await ReadEventAsync(reader, timeout.Token);
        var last = await ReadEventAsync(reader, timeout.Token);

        Assert.Equal("version", first.Type);
        Assert.Equal(("reconnect", "lifetime-ended"), (last.Type, last.Data));
        Assert.Null(await reader.ReadLineAsync(timeout.Token));
    }

    [Fact]
    public async Task StoppingTheServerEndsEveryStreamAtOnceWithAReconnectEvent()
    {
        using var factory = new JournalApiFactory();
        using var client = LoopbackClient.From(await factory.StartOnLoopbackAsync());
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);
        using var response = await client.OpenStreamAsync(timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await ReadEventAsync(reader, timeout.Token);

        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var last = await ReadEventAsync(reader, timeout.Token);

        Assert.Equal(("reconnect", "shutting-down"), (last.Type, last.Data));
        Assert.Null(await reader.ReadLineAsync(timeout.Token));
    }

    private static Task<LiveJournal> StartAsync() =>
        LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("second-light.md", Entry.Valid("Second Light")));

    /// <summary>Reads one event (skipping retry advice and comments): its type, id and data.</summary>
    private static async Task<(string Type, string? Id, string Data)> ReadEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var (type, id, data) = ("message", (string?)null, "");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && data.Length > 0)
            {
                return (type, id, data);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line["id: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data += line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
