using JournalApi.Content.Rendering;

namespace JournalApi.Content.Loading;

/// <summary>How the engine reads a folder.</summary>
public sealed record LoadOptions
{
    public const long DefaultMaxFileBytes = 1024 * 1024;

    /// <summary>Files larger than this are reported and not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public RawHtmlMode RawHtml { get; init; } = RawHtmlMode.Omit;

    /// <summary>Serve drafts and future-dated entries too.</summary>
    public bool Previews { get; init; }

    /// <summary>The zone that a date without an offset belongs to.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Called before each stage of each file. For tests and fault injection only: whatever it throws is contained to
    /// that file like any other fault. Null in every real use.
    /// </summary>
    public Action<Files.ContentFile, LoadStage>? BeforeStage { get; init; }

    /// <summary>
    /// Called as each refresh of a folder begins. For tests only: what it throws fails that refresh as a whole, the way
    /// a fault outside any one file would. Null in every real use.
    /// </summary>
    public Action? BeforeRefresh { get; init; }
}
