using System.ComponentModel.DataAnnotations;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;

namespace JournalApi.Configuration;

/// <summary>The <c>Content</c> section: where the journal is and how it is read.</summary>
public sealed record ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder (<c>--content PATH</c> on the command line).</summary>
    [Required]
    public string Path { get; init; } = "content";

    /// <summary>Refuse to start when any file has an error (for a writer's CI).</summary>
    public bool Strict { get; init; }

    /// <summary>Serve drafts and future-dated entries to everyone.</summary>
    public bool Previews { get; init; }

    /// <summary>A secret that, sent as the <c>X-Preview-Key</c> header, shows drafts and future-dated entries to that request.</summary>
    public string? PreviewKey { get; init; }

    /// <summary>Follow changes to the content folder without a restart.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>Poll the folder every this many seconds instead of relying on file-system events (containers, network shares); 0 uses events.</summary>
    [Range(0, 3600)]
    public double PollSeconds { get; init; }

    /// <summary>How long a burst of changes must be quiet before the folder is re-read.</summary>
    [Range(0, 10_000)]
    public int DebounceMilliseconds { get; init; } = 50;

    /// <summary>Raw HTML in Markdown: <c>sanitize</c> (default: kept through HtmlSanitizer) or <c>omit</c>.</summary>
    public RawHtmlMode RawHtml { get; init; } = RawHtmlMode.Sanitize;

    /// <summary>Hosts whose pages a frame may show (unset: the common video players); other frames are removed with a warning.</summary>
    /// <remarks>
    /// Null by default rather than the list itself (the configuration binder appends to an array it finds), and left
    /// out of appsettings.json, so that the shipped settings still equal these defaults.
    /// </remarks>
    public string[]? FrameHosts { get; init; }

    /// <summary>What Liquid's <c>site.*</c> gives in entry bodies, e.g. <c>Content:LiquidSite:baseurl</c>; unset, nothing.</summary>
    public Dictionary<string, string>? LiquidSite { get; init; }

    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; init; } = LoadOptions.DefaultMaxFileBytes;

    /// <summary>IANA or Windows id of the zone that dates without an offset belong to.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// Which calendar day a date written with an offset falls on: <c>writer</c> (default, the day written) or <c>site</c>
    /// (the day of that instant in <see cref="TimeZone"/>, as Jekyll does).
    /// </summary>
    public DateDay DateDay { get; init; } = DateDay.Writer;

    /// <summary>
    /// A file written by the <c>snapshot</c> command: the server serves it as soon as it is read, then checks it against the
    /// folder and re-reads only the files that differ. A stale or broken file is ignored with a warning. Unset: none.
    /// </summary>
    public string? SnapshotFile { get; init; }

    public LoadOptions ToLoadOptions() => new()
    {
        MaxFileBytes = MaxFileBytes,
        RawHtml = RawHtml,
        FrameHosts = FrameHosts ?? Content.Rendering.FrameHosts.Default,
        LiquidSite = LiquidSite ?? [],
        Previews = Previews,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
        DateDay = DateDay,
    };
}
