using System.Net;

namespace JournalApi.Tests.Live;

/// <summary>
/// Drafts and entries dated after "now" (the factory's fake clock, <see cref="JournalApiFactory.Today"/>) are hidden,
/// unless previews are on or the request carries the preview key; a scheduled entry appears once its moment passes,
/// without a restart. <c>Content:TimeZone</c> places dates written without an offset.
/// </summary>
public sealed class DraftsAndScheduleTests
{
    private const string PreviewKey = "a-preview-key-of-32-characters!!";
    private const string Draft = "a-draft";
    private const string Scheduled = "christmas-eve";
    private const string Published = "first-light";

    [Fact]
    public async Task ADraftAndAFutureDatedEntryAreHidden()
    {
        await using var journal = await StartAsync();

        Assert.Equal([Published], await journal.Client.GetSlugsAsync(""));
        await AssertNotFoundAsync(journal.Client, Draft);
        await AssertNotFoundAsync(journal.Client, Scheduled);
    }

    [Fact]
    public async Task WithPreviewsOnADraftAndAFutureDatedEntryAreVisible()
    {
        await using var journal = await StartAsync(f => f.WithSetting("Content:Previews", "true"));

        Assert.Equal([Scheduled, Published, Draft], await journal.Client.GetSlugsAsync(""));
        Assert.Equal("Not Ready Yet", (await journal.Client.GetJsonAsync("/api/posts/" + Draft)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ARequestWithThePreviewKeySeesADraftAndAFutureDatedEntry()
    {
        await using var journal = await StartAsync(f => f.WithSetting("Content:PreviewKey", PreviewKey));

        using var list = await SendAsync(journal.Client, "/api/posts", PreviewKey);
        using var draft = await SendAsync(journal.Client, "/api/posts/" + Draft, PreviewKey);
        using var scheduled = await SendAsync(journal.Client, "/api/posts/" + Scheduled, PreviewKey);

        Assert.Equal([Scheduled, Published, Draft],
            (await list.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
    }

    [Fact]
    public async Task ARequestWithAWrongPreviewKeySeesOnlyWhatIsPublished()
    {
        await using var journal = await StartAsync(f => f.WithSetting("Content:PreviewKey", PreviewKey));

        using var list = await SendAsync(journal.Client, "/api/posts", PreviewKey[..^1] + "?");
        using var draft = await SendAsync(journal.Client, "/api/posts/" + Draft, PreviewKey.ToUpperInvariant());

        Assert.Equal([Published], (await list.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        await HttpAssert.AssertProblemAsync(draft, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APreviewAnswerIsNeverReplayedToARequestWithoutTheKey()
    {
        await using var journal = await StartAsync(f => f.WithSetting("Content:PreviewKey", PreviewKey));

        using var previewed = await SendAsync(journal.Client, "/api/posts/" + Draft, PreviewKey);
        using var plain = await SendAsync(journal.Client, "/api/posts/" + Draft, key: null);

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        await HttpAssert.AssertProblemAsync(plain, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APublicAnswerIsNeverReplayedToARequestWithTheKey()
    {
        await using var journal = await StartAsync(f => f.WithSetting("Content:PreviewKey", PreviewKey));

        using var plain = await SendAsync(journal.Client, "/api/posts", key: null);
        using var again = await SendAsync(journal.Client, "/api/posts", key: null);
        using var previewed = await SendAsync(journal.Client, "/api/posts", PreviewKey);

        Assert.DoesNotContain(Draft, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Draft, await previewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFutureDatedEntryAppearsWithoutARestartOnceTheClockPassesItsDate()
    {
        await using var journal = await StartAsync();
        await AssertNotFoundAsync(journal.Client, Scheduled);

        journal.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 24, 0, 0, 1, TimeSpan.Zero));
        await journal.WaitUntilAsync("the scheduled entry", s => s.Find(Scheduled) is not null);

        Assert.Equal([Scheduled, Published], await journal.Client.GetSlugsAsync(""));
        Assert.Equal("Christmas Eve", (await journal.Client.GetJsonAsync("/api/posts/" + Scheduled)).GetProperty("title").GetString());
        await AssertNotFoundAsync(journal.Client, Draft);
    }

    [Fact]
    public async Task AScheduledEntryStaysHiddenWhileTheClockIsShortOfItsDate()
    {
        await using var journal = await StartAsync(f => f.WithFile("tomorrow.md", Entry.Valid("Tomorrow", date: "2026-11-27")));

        // The entry whose moment has come shows that the service woke and looked; the later one must still be hidden.
        journal.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 0, 0, 1, TimeSpan.Zero));
        await journal.WaitUntilAsync("tomorrow's entry", s => s.Find("tomorrow") is not null);

        await AssertNotFoundAsync(journal.Client, Scheduled);
    }

    [Theory]
    [InlineData("UTC", "2025-07-09T23:30:00+00:00")]
    [InlineData("Pacific/Auckland", "2025-07-09T23:30:00+12:00")]
    public async Task ADateTimeWithoutAnOffsetKeepsItsWrittenDayAndTakesTheOffsetOfTheContentTimeZone(string zone, string served)
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:TimeZone", zone)
            .WithFile("late-night.md", Entry.Valid("Late Night", date: "2025-07-09T23:30:00")));

        var post = await journal.Client.GetJsonAsync("/api/posts/late-night");

        Assert.Equal(served, post.GetProperty("date").GetString());
        Assert.Equal(["late-night"], await journal.Client.GetSlugsAsync("?from=2025-07-09&to=2025-07-09"));
        Assert.Empty(await journal.Client.GetSlugsAsync("?from=2025-07-10"));
        Assert.Empty(await journal.Client.GetSlugsAsync("?to=2025-07-08"));
    }

    [Theory]
    [InlineData("UTC", false)]
    [InlineData("Pacific/Auckland", true)]
    public async Task TheContentTimeZoneDecidesWhenADateOnlyEntrysDayHasBegun(string zone, bool visible)
    {
        // "Now" is 2026-11-26 12:00 UTC: still the 26th in UTC, already 01:00 on the 27th in Auckland (UTC+13 in summer).
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:TimeZone", zone)
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("tomorrow.md", Entry.Valid("Tomorrow", date: "2026-11-27")));

        var slugs = await journal.Client.GetSlugsAsync("");

        Assert.Equal(visible ? ["tomorrow", Published] : [Published], slugs);
    }

    private static Task<LiveJournal> StartAsync(Action<JournalApiFactory>? arrange = null) =>
        LiveJournal.StartAsync(f =>
        {
            f.WithFile("first-light.md", Entry.Valid("First Light"))
                .WithFile("a-draft.md", Entry.Valid("Not Ready Yet", date: "2025-05-01", extraFrontMatter: "draft: true"))
                .WithFile("christmas-eve.md", Entry.Valid("Christmas Eve", date: "2026-12-24"));
            arrange?.Invoke(f);
        });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Preview-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string slug)
    {
        using var response = await client.GetAsync(new Uri("/api/posts/" + slug, UriKind.Relative));
        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
