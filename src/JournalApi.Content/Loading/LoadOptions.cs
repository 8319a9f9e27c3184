using JournalApi.Content.Addresses;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Templates;

namespace JournalApi.Content.Loading;

/// <summary>How the engine reads a folder.</summary>
public sealed record LoadOptions
{
    public const long DefaultMaxFileBytes = 1024 * 1024;

    /// <summary>Files larger than this are reported and not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Raw HTML in Markdown: kept through the sanitizer by default, or left out.</summary>
    public RawHtmlMode RawHtml { get; init; } = RawHtmlMode.Sanitize;

    /// <summary>The hosts a frame may show (video players); any other frame is removed with a warning.</summary>
    public IReadOnlyList<string> FrameHosts { get; init; } = Rendering.FrameHosts.Default;

    /// <summary>What Liquid's <c>site.*</c> gives in bodies.</summary>
    public IReadOnlyDictionary<string, string> LiquidSite { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Which generator's templates bodies are run with: decided per file by default (<see cref="SiteGenerator.For"/>),
    /// or one for every file.
    /// </summary>
    public TemplateDialect Templates { get; init; } = TemplateDialect.Auto;

    /// <summary>Serve drafts and future-dated entries too.</summary>
    public bool Previews { get; init; }

    /// <summary>The zone that a date without an offset belongs to.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Which day a date written with an offset falls on: the writer's (default) or the one in <see cref="TimeZone"/>.</summary>
    public DateDay DateDay { get; init; } = DateDay.Writer;

    /// <summary>The pattern of a post's page on the writer's site, when its front matter has no <c>permalink</c>.</summary>
    public string Permalink { get; init; } = PageUrls.DefaultPattern;

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
