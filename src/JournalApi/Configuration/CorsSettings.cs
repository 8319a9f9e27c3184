using System.ComponentModel.DataAnnotations;

namespace JournalApi.Configuration;

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
