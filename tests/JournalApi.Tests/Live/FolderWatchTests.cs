using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Journal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JournalApi.Tests.Live;

/// <summary>
/// What the watch hands the refresh: the paths a burst of file events named, which the refresh then takes as every
/// change (it looks at those files only); or, when an event was lost on the way (the watcher's overflow or error, a
/// swapped folder), an empty set, which makes the refresh list the whole folder again.
/// </summary>
public sealed class FolderWatchTests : IDisposable
{
    private readonly string root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "journalapi-watch-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task ABurstOfEditsIsHandedOverAsTheFilesItNamed()
    {
        using var watch = Watch();

        File.WriteAllText(Path.Combine(root, "first-light.md"), Entry.Valid("First Light"));
        File.WriteAllText(Path.Combine(root, "second-light.md"), Entry.Valid("Second Light"));
        var touched = await WaitForBothAsync(watch);

        Assert.Equal(["first-light.md", "second-light.md"], touched.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ALostEventInTheBurstMakesTheWholeFolderBeListed()
    {
        using var watch = Watch();

        File.WriteAllText(Path.Combine(root, "first-light.md"), Entry.Valid("First Light"));
        // What the watcher's error handler sends when the system dropped events (an overflow): a signal naming no file.
        watch.CheckEverything();
        var touched = await watch.WaitForChangeAsync(null, TimeSpan.FromHours(1), TimeProvider.System, CancellationToken.None);

        Assert.NotNull(touched);
        Assert.Empty(touched);
    }

    private FolderWatch Watch()
    {
        var options = Options.Create(new ContentOptions { Path = root });
        var watch = new FolderWatch(new ContentLibrary(root, new LoadOptions(), TimeProvider.System), options, NullLogger<FolderWatch>.Instance);
        watch.Start();
        return watch;
    }

    /// <summary>Waits for bursts until both files have been named (a slow machine may split the two writes into two bursts).</summary>
    private static async Task<HashSet<string>> WaitForBothAsync(FolderWatch watch)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);
        while (named.Count < 2)
        {
            var touched = await watch.WaitForChangeAsync(null, TimeSpan.FromHours(1), TimeProvider.System, timeout.Token);
            timeout.Token.ThrowIfCancellationRequested();
            Assert.NotNull(touched);
            Assert.NotEmpty(touched);
            named.UnionWith(touched);
        }

        return named;
    }
}
