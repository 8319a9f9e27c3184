using System.Text;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace JournalApi.Tests.Live;

/// <summary>
/// A running instance over a temporary folder that the test edits the way a writer does, and the one way to wait for
/// the API to follow: on the store's published snapshots, with a deadline, never on a sleep.
/// </summary>
internal sealed class LiveJournal : IAsyncDisposable
{
    /// <summary>How long a test waits for the API to follow the folder; it takes well under a second in practice.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private LiveJournal(JournalApiFactory factory, HttpClient client)
    {
        Factory = factory;
        Client = client;
    }

    public JournalApiFactory Factory { get; }

    public HttpClient Client { get; }

    public ContentStore Store => Factory.Services.GetRequiredService<ContentStore>();

    public ContentSnapshot Current => Store.Current!;

    /// <summary>The factory's fake clock, which also tells when the watch service starts a wait.</summary>
    public ObservedClock Clock => (ObservedClock)Factory.Clock;

    /// <summary>
    /// Starts a host over a new folder, <paramref name="arrange"/> having written the first files and set settings, and
    /// returns once the service follows the folder and waits on the clock.
    /// </summary>
    public static async Task<LiveJournal> StartAsync(Action<JournalApiFactory>? arrange = null)
    {
        var factory = JournalApiFactory.OverEmptyFolder().WithClock(new ObservedClock(JournalApiFactory.Today));
        HttpClient? client = null;
        try
        {
            arrange?.Invoke(factory);
            client = await factory.CreateReadyClientAsync();

            // The service's first wait on the clock: from here on, moving the clock wakes it (were the clock moved before
            // it waits, it would measure its wait from the moved time and sleep through the moment a test is after).
            await ((ObservedClock)factory.Clock).NextTimerAsync();
            return new LiveJournal(factory, client);
        }
        catch
        {
            client?.Dispose();
            await factory.DisposeAsync();
            throw;
        }
    }

    public string PathOf(string relativePath) => Path.Combine(Factory.ContentPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    public void Move(string from, string to) => File.Move(PathOf(from), PathOf(to), overwrite: true);

    /// <summary>Waits until the public snapshot satisfies <paramref name="condition"/>, and fails naming what it waited for.</summary>
    public async Task<ContentSnapshot> WaitUntilAsync(string what, Func<ContentSnapshot, bool> condition, TimeSpan? patience = null)
    {
        var wait = patience ?? Patience;
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await Store.WaitUntilAsync(condition, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Waited {wait.TotalSeconds:0} s for {what}; the API serves {Describe(Current)}.");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static string Describe(ContentSnapshot snapshot)
    {
        var text = new StringBuilder($"version {snapshot.Version}, posts [");
        text.AppendJoin(", ", snapshot.Posts.Select(p => $"{p.Slug}: {p.Title}")).Append("], diagnostics [");
        text.AppendJoin("; ", snapshot.Diagnostics).Append(']');
        return text.ToString();
    }
}
