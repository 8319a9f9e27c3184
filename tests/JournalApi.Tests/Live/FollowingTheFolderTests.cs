using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Live;

/// <summary>
/// A running instance over a temporary folder, with file-system events and default settings, follows what a writer
/// does in their editor: new files, edits, broken and fixed files, deletes, editor saves, new folders and bursts.
/// </summary>
public sealed class FollowingTheFolderTests
{
    private const string FirstLight = "first-light";

    [Fact]
    public async Task ANewFileIsServedWithoutARestart()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("second-light.md", Entry.Valid("Second Light"));
        await journal.WaitUntilAsync("second-light to be served", s => s.Find("second-light") is not null, TimeSpan.FromSeconds(5));

        var post = await journal.Client.GetJsonAsync("/api/posts/second-light");
        Assert.Equal("Second Light", post.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnEditShows()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("first-light.md", Entry.Valid("First Light, Written Again", body: "The *second* draft."));
        await journal.WaitUntilAsync("the edited title", s => s.Find(FirstLight)?.Title == "First Light, Written Again", TimeSpan.FromSeconds(5));

        var post = await journal.Client.GetJsonAsync("/api/posts/" + FirstLight);
        Assert.Equal("First Light, Written Again", post.GetProperty("title").GetString());
        Assert.Contains("<em>second</em>", post.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BreakingAValidFileKeepsItsLastGoodVersionServedAndListsTheError()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("first-light.md", Entry.Broken("First Light, Broken"));
        await journal.WaitUntilAsync("the error to be reported", s => s.ErrorCount == 1);

        var post = await journal.Client.GetJsonAsync("/api/posts/" + FirstLight);
        Assert.Equal("First Light", post.GetProperty("title").GetString());
        var diagnostics = await journal.Client.GetJsonAsync("/api/diagnostics");
        Assert.Equal(1, diagnostics.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(0, diagnostics.GetProperty("counts").GetProperty("warnings").GetInt32());
        var item = Assert.Single(diagnostics.GetProperty("items").EnumerateArray());
        Assert.Equal("first-light.md", item.GetProperty("path").GetString());
        Assert.Equal(3, item.GetProperty("line").GetInt32());
        Assert.True(item.GetProperty("column").GetInt32() >= 1);
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal("JA0112", item.GetProperty("code").GetString());
        Assert.Equal("date", item.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("message").GetString()));
        Assert.True(item.GetProperty("servingLastGood").GetBoolean());
    }

    [Fact]
    public async Task FixingABrokenFileServesTheFix()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));
        journal.Write("first-light.md", Entry.Broken("First Light, Broken"));
        await journal.WaitUntilAsync("the error to be reported", s => s.ErrorCount == 1);

        journal.Write("first-light.md", Entry.Valid("First Light, Fixed"));
        await journal.WaitUntilAsync("the fix", s => s.ErrorCount == 0 && s.Find(FirstLight)?.Title == "First Light, Fixed");

        var post = await journal.Client.GetJsonAsync("/api/posts/" + FirstLight);
        Assert.Equal("First Light, Fixed", post.GetProperty("title").GetString());
        var diagnostics = await journal.Client.GetJsonAsync("/api/diagnostics");
        Assert.Empty(diagnostics.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task DeletingAFileRemovesItsEntry()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("second-light.md", Entry.Valid("Second Light")));

        journal.Delete("first-light.md");
        await journal.WaitUntilAsync("first-light to be gone", s => s.Find(FirstLight) is null);

        using var response = await journal.Client.GetAsync(new Uri("/api/posts/" + FirstLight, UriKind.Relative));
        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(["second-light"], await journal.Client.GetSlugsAsync(""));
    }

    [Fact]
    public async Task ARenamedFileMovesItsEntry()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Move("first-light.md", "early-light.md");
        await journal.WaitUntilAsync("the entry under its new name", s => s.Find("early-light") is not null && s.Find(FirstLight) is null);

        Assert.Equal(["early-light"], await journal.Client.GetSlugsAsync(""));
    }

    [Theory]
    [InlineData(".first-light.md.swp")]
    [InlineData("first-light.md.tmp")]
    [InlineData(".goutputstream-4Q2X1Z")]
    public async Task AnEditorSaveThroughATemporaryFileAndARenameEndsWithTheNewVersion(string temporaryName)
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write(temporaryName, Entry.Valid("First Light, Saved Atomically"));
        journal.Move(temporaryName, "first-light.md");
        await journal.WaitUntilAsync("the saved title", s => s.Find(FirstLight)?.Title == "First Light, Saved Atomically");

        Assert.Equal(["first-light"], await journal.Client.GetSlugsAsync(""));
        Assert.Empty((await journal.Client.GetJsonAsync("/api/diagnostics")).GetProperty("items").EnumerateArray());
        Assert.False(File.Exists(journal.PathOf(temporaryName)));
    }

    [Fact]
    public async Task AnEditorSaveThatMovesTheOriginalAsideFirstEndsWithTheNewVersion()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        // Vim's default: rename the original to a backup, write the new text under the real name, delete the backup.
        journal.Move("first-light.md", "first-light.md~");
        journal.Write("first-light.md", Entry.Valid("First Light, Saved by Vim"));
        journal.Delete("first-light.md~");
        await journal.WaitUntilAsync("the saved title", s => s.Find(FirstLight)?.Title == "First Light, Saved by Vim" && s.Diagnostics.Count == 0);

        var post = await journal.Client.GetJsonAsync("/api/posts/" + FirstLight);
        Assert.Equal("First Light, Saved by Vim", post.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ANewSubFolderWithFilesIsPickedUp()
    {
        await using var journal = await LiveJournal.StartAsync(f => f.WithFile("first-light.md", Entry.Valid("First Light")));

        journal.Write("2025/july/second-light.md", Entry.Valid("Second Light"));
        journal.Write("2025/july/third-light.md", Entry.Valid("Third Light"));
        journal.Write("2025/august/fourth-light.md", Entry.Valid("Fourth Light", date: "2025-08-01"));
        await journal.WaitUntilAsync("the three entries of the new folder", s => s.Posts.Count == 4);

        Assert.Equal([FirstLight, "fourth-light", "second-light", "third-light"],
            (await journal.Client.GetSlugsAsync("")).Order(StringComparer.Ordinal));
        var third = await journal.Client.GetJsonAsync("/api/posts/third-light");
        Assert.Equal("Third Light", third.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ARenamedSubFolderMovesItsEntriesAndIsStillFollowed()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("drafts/second-light.md", Entry.Valid("Second Light"))
            .WithFile("drafts/third-light.md", Entry.Valid("Third Light")));

        // A move changes nothing the API shows (the version stays), so the edit after it is what proves the folder is followed.
        Directory.Move(journal.PathOf("drafts"), journal.PathOf("2025"));
        journal.Write("2025/third-light.md", Entry.Valid("Third Light, Edited in Its New Folder"));
        await journal.WaitUntilAsync("the edit in the renamed folder", s => s.Find("third-light")?.Title == "Third Light, Edited in Its New Folder");

        Assert.Equal(["2025/second-light.md", "2025/third-light.md"], journal.Current.Posts.Select(p => p.SourcePath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeletingASubFolderRemovesItsEntries()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("2025/second-light.md", Entry.Valid("Second Light"))
            .WithFile("2025/july/third-light.md", Entry.Valid("Third Light")));

        Directory.Delete(journal.PathOf("2025"), recursive: true);
        await journal.WaitUntilAsync("only first-light", s => s.Posts.Count == 1);

        Assert.Equal(["first-light"], await journal.Client.GetSlugsAsync(""));
    }

    [Fact]
    public async Task AHundredRapidWritesEndConsistentAndNoReaderSeesAHalfBuiltPage()
    {
        const int Existing = 20;
        await using var journal = await LiveJournal.StartAsync(f =>
        {
            // The reader below asks as fast as it can; the rate limit is not what this test is about.
            f.WithProtectionsOff();
            for (var i = 0; i < Existing; i++)
            {
                f.WithFile($"entry-{i:00}.md", Entry.Valid($"Entry {i} v1", date: $"2025-06-{i + 1:00}"));
            }
        });
        var violations = new ConcurrentQueue<string>();
        using var stopReading = new CancellationTokenSource();
        var reader = Task.Run(() => ReadPagesUntilStoppedAsync(journal.Client, violations, stopReading.Token));

        // 60 new files (every tenth one broken) and 40 rewrites (each existing entry twice), as fast as the disk takes them.
        var (valid, broken) = (Existing, 0);
        for (var i = 0; i < 60; i++)
        {
            var isBroken = i % 10 == 9;
            journal.Write($"burst/new-{i:00}.md", isBroken ? Entry.Broken($"New {i}") : Entry.Valid($"New {i}", date: $"2025-07-{(i % 28) + 1:00}"));
            (valid, broken) = isBroken ? (valid, broken + 1) : (valid + 1, broken);
            if (i % 3 == 0)
            {
                var rewrite = i / 3;
                journal.Write($"entry-{rewrite:00}.md", Entry.Valid($"Entry {rewrite} v2", date: $"2025-06-{rewrite + 1:00}"));
            }
        }

        for (var i = 0; i < Existing; i++)
        {
            journal.Write($"entry-{i:00}.md", Entry.Valid($"Entry {i} v3", date: $"2025-06-{i + 1:00}"));
        }

        await journal.WaitUntilAsync($"{valid} posts, every rewrite at v3 and {broken} errors", s =>
            s.Posts.Count == valid && s.ErrorCount == broken &&
            Enumerable.Range(0, Existing).All(i => s.Find($"entry-{i:00}")?.Title == $"Entry {i} v3"));
        await stopReading.CancelAsync();
        await reader;

        Assert.Equal(54 + Existing, valid);
        Assert.Empty(violations);
        var seen = new List<string>();
        for (var page = 1; page <= 8; page++)
        {
            var body = await journal.Client.GetJsonAsync($"/api/posts?pageSize=10&page={page}");
            Assert.Equal(valid, body.GetProperty("totalItems").GetInt32());
            Assert.Equal(ExpectedItems(valid, 10, page), body.GetProperty("items").GetArrayLength());
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
        }

        Assert.Equal(valid, seen.Distinct().Count());
        var diagnostics = await journal.Client.GetJsonAsync("/api/diagnostics");
        Assert.Equal(broken, diagnostics.GetProperty("counts").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task AFileWrittenWhileTheFirstLoadRunsIsPickedUp()
    {
        // The clock is first read when the first load has read every file and stamps its snapshot: write then.
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithClock(new ObservedClock(JournalApiFactory.Today).OnFirstRead(() =>
                File.WriteAllText(Path.Combine(f.ContentPath, "late-light.md"), Entry.Valid("Late Light"))))
            .WithFile("first-light.md", Entry.Valid("First Light")));

        await journal.WaitUntilAsync("late-light to be served", s => s.Find("late-light") is not null);

        Assert.Equal(["first-light", "late-light"], (await journal.Client.GetSlugsAsync("")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadinessStays200WithTheDiagnosticCountsWhileAFileIsBroken()
    {
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithFile("first-light.md", Entry.Valid("First Light"))
            .WithFile("second-light.md", Entry.Valid("Second Light")));

        journal.Write("first-light.md", Entry.Broken("First Light, Broken"));
        journal.Write("never-right.md", Entry.Broken("Never Right"));
        await journal.WaitUntilAsync("two errors", s => s.ErrorCount == 2);

        var ready = await journal.Client.GetJsonAsync("/health/ready");
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(2, ready.GetProperty("posts").GetInt32());
        Assert.Equal(2, ready.GetProperty("errors").GetInt32());
        Assert.Equal(0, ready.GetProperty("warnings").GetInt32());
        Assert.Equal(journal.Current.Version, ready.GetProperty("version").GetString());
    }

    private static int ExpectedItems(int total, int pageSize, int page) => Math.Clamp(total - ((page - 1) * pageSize), 0, pageSize);

    /// <summary>Reads pages while the folder changes: each answer must be one whole snapshot, its items agreeing with its total.</summary>
    private static async Task ReadPagesUntilStoppedAsync(HttpClient client, ConcurrentQueue<string> violations, CancellationToken stop)
    {
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var page = (reads++ % 4) + 1;
            using var response = await client.GetAsync(new Uri($"/api/posts?pageSize=25&page={page}", UriKind.Relative), CancellationToken.None);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                violations.Enqueue($"page {page}: {(int)response.StatusCode}");
                continue;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
            var body = document.RootElement;
            var total = body.GetProperty("totalItems").GetInt32();
            var items = body.GetProperty("items").GetArrayLength();
            if (items != ExpectedItems(total, 25, page) || response.Headers.GetValues("X-Total-Count").Single() != total.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                violations.Enqueue($"page {page}: {items} items of {total}");
            }
        }
    }
}
