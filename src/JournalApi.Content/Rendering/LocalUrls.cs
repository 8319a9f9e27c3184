using JournalApi.Content.Files;
using JournalApi.Content.Templates;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Points relative link and image URLs of a body at what serves them, resolved against the entry's own folder as a
/// browser would resolve them against its page: a media file (<see cref="MediaTypes"/>) at
/// <c>/media/{path in the content folder}</c>, another entry's Markdown file at its post's API path. The host makes
/// these absolute; anything else relative, or reaching above the content folder, is left as written.
/// </summary>
internal static class LocalUrls
{
    public const string MediaPrefix = "/media/";

    public static void Resolve(MarkdownDocument document, string entryPath)
    {
        if (entryPath.Length == 0)
        {
            return;
        }

        Visit(document, entryPath[..(entryPath.LastIndexOf('/') + 1)]);
    }

    /// <summary>Where a relative URL written in an entry of <paramref name="folder"/> points, or null to leave it.</summary>
    public static string? Target(string folder, string url)
    {
        if (url[0] is '/' or '#' or '?' || HasScheme(url))
        {
            return null;
        }

        var cut = url.IndexOfAny(['#', '?']);
        var path = cut >= 0 ? url[..cut] : url;
        var rest = cut >= 0 ? url[cut..] : "";
        if (Normalise(folder + path) is not { } resolved)
        {
            return null;
        }

        if (MediaTypes.Of(resolved) is not null)
        {
            return MediaPrefix + resolved + rest;
        }

        var unescaped = Uri.UnescapeDataString(resolved);
        return ContentFileFinder.IsEntryFileName(unescaped[(unescaped.LastIndexOf('/') + 1)..]) ? PostLinks.ApiUrlOf(unescaped + rest) : null;
    }

    /// <summary>Whether the URL starts with a scheme as a browser reads one (see <see cref="UrlPolicy.IsAllowed"/>).</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // The tree walked by hand, as UnsafeUrls does: Markdig's Descendants<T> costs more than rendering a short entry.
    private static void Visit(ContainerBlock container, string folder)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case LeafBlock { Inline: { } inline }:
                    Visit(inline, folder);
                    break;
                case ContainerBlock child:
                    Visit(child, folder);
                    break;
            }
        }
    }

    private static void Visit(ContainerInline container, string folder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { Url: { Length: > 0 } url } link && Target(folder, url) is { } target)
            {
                link.Url = target;
            }

            if (inline is ContainerInline child)
            {
                Visit(child, folder);
            }
        }
    }

    /// <summary>The path with '.' and '..' segments applied, or null when it climbs out of the content folder.</summary>
    private static string? Normalise(string path)
    {
        var kept = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (kept.Count == 0)
                {
                    return null;
                }

                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept.Add(segment);
        }

        return kept.Count == 0 ? null : string.Join('/', kept);
    }
}
