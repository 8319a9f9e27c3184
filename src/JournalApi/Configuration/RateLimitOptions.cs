using System.ComponentModel.DataAnnotations;

namespace JournalApi.Configuration;

/// <summary>The <c>RateLimit</c> section: a token bucket per client address; health endpoints are exempt.</summary>
public sealed record RateLimitOptions
{
    public const string Section = "RateLimit";

    public bool Enabled { get; init; } = true;

    /// <summary>How many requests a client may send at once (the bucket's size).</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; init; } = 1000;

    /// <summary>How many requests a second a client may keep sending.</summary>
    [Range(1, 1_000_000)]
    public int PerSecond { get; init; } = 200;
}
