using System.Collections.Concurrent;
using JournalApi.Content.Loading;
using JournalApi.Content.SnapshotFiles;
using JournalApi.Tests.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace JournalApi.Tests.Live;

/// <summary>
/// <c>Content:SnapshotFile</c>: a server given a file written by the <c>snapshot</c> command serves it at once, then
/// checks it against its folder and re-reads only the files that differ, ending with the answers of a cold start; a file
/// it cannot use is named in one warning and the folder is loaded as if there were none.
/// </summary>
public sealed class SnapshotFileStartTests : IDisposable
{
    private const string Edited = "2025-07-01-start-of-july.md";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] Paths =
    [
        "/api/posts?pageSize=100", "/api/posts?q=july", "/api/posts/start-of-july", "/api/tags", "/api/emotions", "/api/archive",
        "/api/diagnostics", "/api/changes",
    ];

    private readonly string files = Directory.CreateTempSubdirectory("journalapi-snapshot-").FullName;

    private string SnapshotPath => Path.Combine(files, "journal.snapshot");

    public void Dispose() => Directory.Delete(files, recursive: true);

    [Fact]
    public async Task AServerStartsFromTheFileThenReadsOnlyTheFileEditedSinceAndAnswersAsAColdStart()
    {
        await WriteSnapshotAsync();
        var reads = new ConcurrentQueue<string>();
        using var fromFile = Edit(new JournalApiFactory().WithSetting("Content:SnapshotFile", SnapshotPath).WithLoading(Counting(reads)));
        using var cold = Edit(new JournalApiFactory().WithLoading(Counting(new ConcurrentQueue<string>())));

        var client = await fromFile.CreateReadyClientAsync();
        await fromFile.Services.GetRequiredService<ContentStore>()
            .WaitUntilAsync(s => s.Find("start-of-july")?.Title == "Start of July, Written Again").WaitAsync(Timeout);

        Assert.Equal([Edited], reads);
        Assert.DoesNotContain(fromFile.Warnings, w => w.Contains("SnapshotFile", StringComparison.Ordinal));
        await AssertSameAnswersAsync(await cold.CreateReadyClientAsync(), client);
    }

    [Theory]
    [InlineData("foreign", "is not used: it is not a JournalApi snapshot file. Loading the content folder instead.")]
    [InlineData("truncated", "is not used: it is truncated (it ends inside a section). Loading the content folder instead.")]
    [InlineData("stale", "is not used: it is stale (written with other settings: RawHtml). Loading the content folder instead.")]
    [InlineData("missing", "is not used: it does not exist. Loading the content folder instead.")]
    public async Task AFileTheServerCannotUseIsNamedInOneWarningAndTheFolderIsLoaded(string fault, string warning)
    {
        await WriteSnapshotAsync(fault == "stale" ? o => o with { RawHtml = Content.Rendering.RawHtmlMode.Omit } : null);
        if (fault == "foreign")
        {
            await File.WriteAllTextAsync(SnapshotPath, "---\ntitle: not a snapshot\n---\n");
        }
        else if (fault == "truncated")
        {
            var bytes = await File.ReadAllBytesAsync(SnapshotPath);
            await File.WriteAllBytesAsync(SnapshotPath, bytes[..(bytes.Length * 2 / 3)]);
        }
        else if (fault == "missing")
        {
            File.Delete(SnapshotPath);
        }

        var (reads, coldReads) = (new ConcurrentQueue<string>(), new ConcurrentQueue<string>());
        using var fromFile = new JournalApiFactory().WithSetting("Content:SnapshotFile", SnapshotPath).WithLoading(Counting(reads));
        using var cold = new JournalApiFactory().WithLoading(Counting(coldReads));

        var client = await fromFile.CreateReadyClientAsync();
        var coldClient = await cold.CreateReadyClientAsync();

        var line = Assert.Single(fromFile.Warnings, w => w.Contains("SnapshotFile", StringComparison.Ordinal));
        Assert.Equal($"JournalApi.Journal.ContentStart: Content:SnapshotFile '{SnapshotPath}' {warning}", line);
        Assert.Equal(coldReads.Order(StringComparer.Ordinal), reads.Order(StringComparer.Ordinal));
        await AssertSameAnswersAsync(coldClient, client);
    }

    [Fact]
    public async Task TheSnapshotCommandWritesAFileThatAServerWithTheSameSettingsUses()
    {
        using var server = new JournalApiFactory().WithSetting("Content:SnapshotFile", SnapshotPath);

        var run = await RunAsync("snapshot", SnapshotPath, "--content", server.ContentPath);
        var client = await server.CreateReadyClientAsync();

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Matches(@"^Wrote .+journal\.snapshot: 14 files, \d+ posts served, \d+ error\(s\), \d+ warning\(s\); [\d.]+ MB in [\d.]+ s\.", run.Output);
        Assert.DoesNotContain(server.Warnings, w => w.Contains("SnapshotFile", StringComparison.Ordinal));
        using var cold = new JournalApiFactory();
        await AssertSameAnswersAsync(await cold.CreateReadyClientAsync(), client);
    }

    [Fact]
    public async Task TheSnapshotCommandWithoutAFileNameExitsTwoWithUsage()
    {
        var run = await RunAsync("snapshot");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("snapshot: expected one OUT-FILE.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("JournalApi snapshot PATH", run.Errors, StringComparison.Ordinal);
    }

    /// <summary>Writes the snapshot file of a fixture journal as loaded by a server (with the loading <paramref name="adjust"/> gives).</summary>
    private async Task WriteSnapshotAsync(Func<LoadOptions, LoadOptions>? adjust = null)
    {
        using var writer = new JournalApiFactory().WithLoading(o => Counting(new ConcurrentQueue<string>())(adjust?.Invoke(o) ?? o));
        await writer.CreateReadyClientAsync();
        SnapshotFile.Write(writer.Services.GetRequiredService<ContentLibrary>(), SnapshotPath);
    }

    private static JournalApiFactory Edit(JournalApiFactory factory) =>
        factory.WithFile(Edited, Entry.Valid("Start of July, Written Again", "2025-07-01", "The first of July, read again."));

    /// <summary>Loading that records each file the loader reads; the same hook on every host, so their load settings agree.</summary>
    private static Func<LoadOptions, LoadOptions> Counting(ConcurrentQueue<string> reads) =>
        o => o with { BeforeStage = (file, stage) => _ = stage == LoadStage.Read ? Enqueue(reads, file.RelativePath) : 0 };

    private static int Enqueue(ConcurrentQueue<string> reads, string path)
    {
        reads.Enqueue(path);
        return 0;
    }

    private static async Task AssertSameAnswersAsync(HttpClient expected, HttpClient actual)
    {
        foreach (var path in Paths)
        {
            Assert.Equal(await expected.GetStringAsync(new Uri(path, UriKind.Relative)), await actual.GetStringAsync(new Uri(path, UriKind.Relative)));
        }
    }

    /// <summary>Runs the program with ARGS as a child process, the same build as the servers of these tests.</summary>
    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments) =>
        ProgramProcess.RunBesideTheTestsAsync(Path.GetTempPath(), Timeout, arguments);
}
