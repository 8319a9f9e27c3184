using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Tests.Live;

/// <summary>
/// The fake clock, observed: it can run an action when it is first read (the first load reads it once the files are
/// read, to stamp the snapshot) and it reports each timer the host starts on it (the watch service's waits), so that a
/// test acts at exactly those moments instead of guessing with sleeps.
/// </summary>
internal sealed class ObservedClock(DateTimeOffset now) : FakeTimeProvider(now)
{
    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();
    private Action? onFirstRead;

    public ObservedClock OnFirstRead(Action action)
    {
        onFirstRead = action;
        return this;
    }

    public override DateTimeOffset GetUtcNow()
    {
        Interlocked.Exchange(ref onFirstRead, null)?.Invoke();
        return base.GetUtcNow();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        timers.Writer.TryWrite(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits until the host starts its next timer on this clock, and returns how long that timer waits.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var timeout = new CancellationTokenSource(LiveJournal.Patience);
        return await timers.Reader.ReadAsync(timeout.Token);
    }
}
