namespace JournalApi.Content.Rendering;

/// <summary>What happens to raw HTML written inside Markdown.</summary>
public enum RawHtmlMode
{
    /// <summary>Left out of the page (Hugo's default). HTML comments such as <c>&lt;!--more--&gt;</c> vanish too.</summary>
    Omit,

    /// <summary>Kept, with the whole rendered document passed through HtmlSanitizer (the default).</summary>
    Sanitize,
}
