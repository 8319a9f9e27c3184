using System.Net;
using JournalApi.Tests.Live;

namespace JournalApi.Tests.Faults;

/// <summary>
/// A refresh that fails as a whole (a test double: no file can make one fail any more) leaves the last snapshot served,
/// readiness 200 but 'degraded' since the first failure, a diagnostic in /api/diagnostics, and retries on its own until
/// it works again.
/// </summary>
public sealed class RefreshFaultTests
{
    [Fact]
    public async Task AFailingRefreshKeepsServingSaysDegradedSinceWhenAndRecoversOnItsOwn()
    {
        var failing = 0;
        await using var journal = await LiveJournal.StartAsync(f => f
            .WithLoading(o => o with { BeforeRefresh = () => _ = Volatile.Read(ref failing) == 1 ? throw new IOException("injected") : 0 })
            .WithFile("first-light.md", BadFiles.Valid("First Light")));

        Volatile.Write(ref failing, 1);
        journal.Write("second-light.md", BadFiles.Valid("Second Light"));
        await journal.WaitUntilAsync("the failure reported", s => s.Diagnostics.Any(d => d.Code == "JA0022"));

        var ready = await journal.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await journal.Client.GetJsonAsync("/health/ready");
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal(JournalApiFactory.Today, body.GetProperty("degradedSince").GetDateTimeOffset());
        Assert.Contains("IOException", body.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(["first-light"], await journal.Client.GetSlugsAsync(""));
        var diagnostic = (await journal.Client.GetJsonAsync("/api/diagnostics")).GetProperty("items")[0];
        Assert.Equal((".", "JA0022", true), (diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("code").GetString(),
            diagnostic.GetProperty("servingLastGood").GetBoolean()));

        // Nothing else changes on disk: the retry alone brings the edit in.
        Volatile.Write(ref failing, 0);
        await journal.WaitUntilAsync("the retry", s => s.Find("second-light") is not null && s.Diagnostics.Count == 0);
        Assert.Equal("ready", (await journal.Client.GetJsonAsync("/health/ready")).GetProperty("status").GetString());
    }
}
