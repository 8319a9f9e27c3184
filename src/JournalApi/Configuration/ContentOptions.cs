using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Templates;

namespace JournalApi.Configuration;

/// <summary>The <c>Content</c> section: where the journal is and how it is read.</summary>
public sealed record ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder (<c>--content PATH</c> on the command line).</summary>
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
    public double PollSeconds { get; init; }

    /// <summary>How long a burst of changes must be quiet before the folder is re-read.</summary>
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

    /// <summary>
    /// Which generator's templates entry bodies are run with: <c>auto</c> (default: per file, from its front matter, its
    /// folder and the site's configuration file), <c>jekyll</c> (Liquid), <c>hugo</c> (shortcodes) or <c>none</c>.
    /// </summary>
    public TemplateDialect Templates { get; init; } = TemplateDialect.Auto;

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

    /// <summary>How the engine reads the journal, from these settings and the site's: serving and <c>validate</c> both use it.</summary>
    public LoadOptions ToLoadOptions(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new()
        {
            MaxFileBytes = MaxFileBytes,
            RawHtml = RawHtml,
            FrameHosts = FrameHosts ?? Content.Rendering.FrameHosts.Default,
            LiquidSite = LiquidSiteOf(site),
            Previews = Previews,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
            DateDay = DateDay,
            Templates = Templates,
            Permalink = site.Permalink,
        };
    }

    /// <summary>
    /// Liquid's <c>site.*</c>: <c>url</c>, <c>baseurl</c> and <c>title</c> from the Site section, as Jekyll's _config.yml
    /// gives them, then Content:LiquidSite, whose keys win.
    /// </summary>
    private Dictionary<string, string> LiquidSiteOf(SiteOptions site)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = site.Title };
        if (site.BaseUrl is { IsAbsoluteUri: true } baseUrl)
        {
            values["url"] = baseUrl.GetLeftPart(UriPartial.Authority);
            values["baseurl"] = baseUrl.AbsolutePath.TrimEnd('/');
        }

        foreach (var (key, value) in LiquidSite ?? [])
        {
            values[key] = value;
        }

        return values;
    }
}
