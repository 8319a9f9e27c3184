using AngleSharp.Dom;
using Ganss.Xss;

namespace JournalApi.Content.Rendering;

/// <summary>
/// HtmlSanitizer over a whole rendered document, so that no Markdown construct can carry raw HTML past it and HTML
/// wrapped around Markdown (<c>&lt;details&gt;</c>, <c>&lt;div&gt;</c>) keeps its content. The allow-list keeps
/// Markdig's own markup: heading and footnote ids, footnote links, disabled task-list checkboxes, table alignment.
/// Not thread-safe: each thread keeps one per renderer.
/// </summary>
internal sealed class DocumentSanitizer
{
    private static readonly string[] FormTags =
        ["form", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output"];

    private static readonly string[] FormAttributes = ["action", "formaction", "method", "name", "value"];

    private static readonly string[] FrameAttributes = ["allow", "allowfullscreen", "frameborder", "loading", "referrerpolicy"];

    private readonly HtmlSanitizer sanitizer = new();
    private readonly FrameHosts frameHosts;
    private List<string>? removedFrames;
    private string? folder;

    public DocumentSanitizer(FrameHosts frameHosts)
    {
        this.frameHosts = frameHosts;

        // A journal entry has no business asking a reader for input: forms invite phishing inside a trusted page.
        // <input> stays only for Markdig's task lists, and is made a disabled checkbox below.
        foreach (var tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in FormAttributes)
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        // Markdig's own markup: heading and footnote ids (which footnote links point at), and classes (code languages,
        // footnotes, task lists).
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.Add("iframe");
        foreach (var attribute in FrameAttributes)
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in UrlPolicy.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        // HtmlSanitizer takes any text before a ':' for a scheme, so "2024-01-01-a:b.md" would lose its link.
        // A relative URL in raw HTML points where the same URL in Markdown does (LocalUrls): a photo beside the entry.
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = !UrlPolicy.IsAllowed(e.OriginalUrl) ? null
            : folder is not null && e.OriginalUrl.Length > 0 && LocalUrls.Target(folder, e.OriginalUrl) is { } local ? local
            : e.OriginalUrl;
        sanitizer.PostProcessNode += (_, e) => Check(e.Node);
    }

    /// <summary>The document, sanitised; the <c>src</c> of every frame taken out is added to <paramref name="frames"/>.</summary>
    /// <param name="html">The document.</param>
    /// <param name="frames">Where the frames taken out are listed.</param>
    /// <param name="entryPath">The entry's path in the content folder, which relative URLs are resolved against ("" for none).</param>
    public string Sanitize(string html, List<string> frames, string entryPath)
    {
        removedFrames = frames;
        folder = entryPath.Length == 0 ? null : entryPath[..(entryPath.LastIndexOf('/') + 1)];
        try
        {
            return sanitizer.Sanitize(html);
        }
        finally
        {
            removedFrames = null;
            folder = null;
        }
    }

    private void Check(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                element.Remove();
                break;
            case "input":
                element.SetAttribute("disabled", "disabled");
                break;
            case "iframe" when !frameHosts.Allow(element.GetAttribute("src")):
                removedFrames?.Add(element.GetAttribute("src") ?? "");
                element.Remove();
                break;
            case "iframe":
                element.RemoveAttribute("srcdoc");
                break;
        }
    }
}
