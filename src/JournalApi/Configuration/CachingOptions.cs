namespace JournalApi.Configuration;

/// <summary>
/// The <c>Http:CacheControl</c> section: the <c>Cache-Control</c> of each kind of successful GET answer. The defaults
/// let browsers and shared caches keep an answer but revalidate it with its ETag before reusing it (a 304 costs the
/// server next to nothing), serving the kept copy meanwhile for a short while.
/// </summary>
public sealed record CachingOptions
{
    public const string Section = "Http:CacheControl";

    /// <summary>Answers of <c>/api</c> and the OpenAPI document and Swagger UI.</summary>
    public string Api { get; init; } = "public, max-age=0, stale-while-revalidate=60";

    /// <summary>The feeds; readers poll them, so a kept copy may be reused for longer while it is revalidated.</summary>
    public string Feeds { get; init; } = "public, max-age=0, stale-while-revalidate=300";

    /// <summary>Media files beside entries, which rarely change once written.</summary>
    public string Media { get; init; } = "public, max-age=300, stale-while-revalidate=86400";
}
