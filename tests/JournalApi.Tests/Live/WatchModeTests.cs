namespace JournalApi.Tests.Live;

/// <summary>
/// How the service follows the folder: file-system events by default; <c>Content:PollSeconds</c> above 0 replaces them
/// with a look at every file's size and write time on that interval (containers and network shares may deliver no
/// events); <c>Content:Watch=false</c> serves what the first load found until a restart.
/// </summary>
public sealed class WatchModeTests
{
    [Fact]
    public async Task PollingPicksUpAnEdit()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:PollSeconds", "0.2")
            .WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("first-light.md", Entry.Valid("First Light, Found by Polling"));
        await journal.WaitUntilAsync("the edited title", s => s.Find("first-light")?.Title == "First Light, Found by Polling");

        var post = await journal.Client.GetJsonAsync("/api/posts/first-light");
        Assert.Equal("First Light, Found by Polling", post.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PollingPicksUpANewFileAndADelete()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:PollSeconds", "0.2")
            .WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("2025/second-light.md", Entry.Valid("Second Light"));
        journal.Delete("first-light.md");
        await journal.WaitUntilAsync("only second-light", s => s.Posts.Count == 1 && s.Find("second-light") is not null);

        Assert.Equal(["second-light"], await journal.Client.GetSlugsAsync(""));
    }

    [Fact]
    public async Task WithWatchOffAScheduledEntryStillAppearsOnceItsDatePasses()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:Watch", "false")
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("christmas-eve.md", Entry.Valid("Christmas Eve", date: "2026-12-24")));

        journal.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 24, 0, 0, 1, TimeSpan.Zero));
        await journal.WaitUntilAsync("the scheduled entry", s => s.Find("christmas-eve") is not null);

        Assert.Equal(["christmas-eve", "first-light"], await journal.Client.GetSlugsAsync(""));
    }

    [Fact]
    public async Task WithWatchOffAnEditIsNotFollowedWhenTheServiceWakesOnTheHour()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithSetting("Content:Watch", "false")
            .WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("first-light.md", Entry.Valid("First Light, Edited"));
        journal.Clock.Advance(TimeSpan.FromHours(1));
        await journal.Clock.NextTimerAsync();

        Assert.Equal("First Light", journal.Current.Find("first-light")!.Title);
    }
}
