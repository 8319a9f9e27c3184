using JournalApi.Content.Addresses;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Rendering;

namespace JournalApi.Content.Templates;

/// <summary>What a body's templates can see, and where to report what they could not do.</summary>
/// <param name="Path">The file, for diagnostics.</param>
/// <param name="FirstLine">The file line the body starts on.</param>
/// <param name="Page">The front matter: Liquid's <c>page.*</c>.</param>
/// <param name="Site">Liquid's <c>site.*</c> (<c>Content:LiquidSite</c>).</param>
/// <param name="RawHtml">Whether embeds may be written as HTML (sanitize) or only as Markdown (omit).</param>
/// <param name="Permalink">The pattern that <c>link</c>, <c>post_url</c>, <c>ref</c> and <c>relref</c> resolve a target's page with.</param>
public sealed record TemplateInput(
    string Path,
    int FirstLine,
    IReadOnlyList<YamlField> Page,
    IReadOnlyDictionary<string, string> Site,
    RawHtmlMode RawHtml,
    string Permalink = PageUrls.DefaultPattern)
{
    /// <summary>Liquid's <c>page.*</c> values that the front matter does not set itself (Jekyll's served title, date, url...).</summary>
    public IReadOnlyDictionary<string, object?> PageDefaults { get; init; } = new Dictionary<string, object?>();

    /// <summary>Which generator's templates the body is run with; auto runs Hugo's shortcodes and then Liquid.</summary>
    public TemplateDialect Dialect { get; init; } = TemplateDialect.Auto;

    /// <summary>Whether the body is HTML (an entry named <c>*.html</c>): no Markdown code regions or kramdown attributes in it.</summary>
    public bool IsHtml { get; init; }

    /// <summary>
    /// How embeds (figures, video players) are written: as HTML in a body written as HTML, which has no Markdown pass
    /// (with raw HTML omitted, its text is what is served); otherwise as <see cref="RawHtml"/> allows.
    /// </summary>
    public RawHtmlMode Embeds => IsHtml ? RawHtmlMode.Sanitize : RawHtml;
}
