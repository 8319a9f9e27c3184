using System.ComponentModel.DataAnnotations;

namespace JournalApi.Configuration;

/// <summary>
/// The <c>Limits</c> section: how many connections and event streams the process holds at once, and for how long a
/// stream lives. Zero for a cap means "derived from the process's file-descriptor limit" (see <c>ConnectionCaps</c>).
/// </summary>
public sealed record LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Open connections at most; 0 takes the descriptor limit less a reserve for files and the runtime.</summary>
    [Range(0, 10_000_000)]
    public int MaxConnections { get; init; }

    /// <summary>Event streams open at once over all clients; 0 takes half of the connection cap.</summary>
    [Range(0, 10_000_000)]
    public int MaxStreams { get; init; }

    /// <summary>Event streams one client address may hold open at once.</summary>
    [Range(1, 1_000_000)]
    public int StreamsPerClient { get; init; } = 8;

    /// <summary>How long a stream lives before it is ended (the browser's EventSource reconnects and resumes by itself).</summary>
    [Range(1, 86_400)]
    public int StreamLifetimeSeconds { get; init; } = 1800;

    /// <summary>How often a stream with nothing to say sends a comment line, so that proxies with idle timeouts keep it open.</summary>
    [Range(1, 300)]
    public int StreamKeepAliveSeconds { get; init; } = 20;

    /// <summary>The reconnection delay a stream advises its clients (<c>retry:</c>).</summary>
    [Range(100, 600_000)]
    public int StreamRetryMilliseconds { get; init; } = 3000;
}
