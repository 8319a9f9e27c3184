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

/// <summary>The <c>Cors</c> section.</summary>
public sealed record CorsSettings
{
    public const string Section = "Cors";

    /// <summary>Origins allowed to call the API from a browser; empty allows any origin (the API is public and read-only).</summary>
    public string[] AllowedOrigins { get; init; } = [];

    /// <summary>
    /// How long a browser may reuse a preflight's answer (<c>Access-Control-Max-Age</c>); a conditional GET from another
    /// origin (it sends If-None-Match) is preflighted, and Chromium keeps an answer at most 7,200 seconds.
    /// </summary>
    [Range(0, 86_400)]
    public int PreflightMaxAgeSeconds { get; init; } = 7200;
}

/// <summary>
/// The <c>ForwardedHeaders</c> section: which reverse proxies may say who the client is. With neither list set,
/// X-Forwarded-For and X-Forwarded-Proto are ignored from everyone.
/// </summary>
public sealed record ProxySettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies (<c>10.0.0.5</c>, <c>::1</c>).</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public string[] KnownNetworks { get; init; } = [];

    public bool TrustsAnyProxy => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
