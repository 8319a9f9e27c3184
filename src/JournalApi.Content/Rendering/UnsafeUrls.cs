using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Takes links and images whose URL is not on the allow-list out of a parsed document, keeping their text.
/// Markdig itself lets <c>javascript:</c> through even with raw HTML off.
/// </summary>
internal static class UnsafeUrls
{
    public static void Neutralise(MarkdownDocument document)
    {
        // One walk of the tree finds both kinds (Markdig's Descendants<T> walked it twice, and cost more than rendering).
        var (links, autolinks) = Find(document);
        if (links is null && autolinks is null)
        {
            return;
        }

        foreach (var link in links ?? [])
        {
            if (link.IsImage)
            {
                // Without copyChildren: false, Markdig would also move the alt text's inlines in after the replacement, doubling it.
                link.ReplaceBy(new LiteralInline(PlainText.OfInline(link)), copyChildren: false);
            }
            else
            {
                Unwrap(link);
            }
        }

        if (links is not null)
        {
            // Replacing an image drops what its alt text held: look again at what is left.
            autolinks = Find(document).Autolinks;
        }

        foreach (var autolink in autolinks ?? [])
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>The links and images, then the URL autolinks, whose URL is not allowed, each in document order (null when none).</summary>
    private static (List<LinkInline>? Links, List<AutolinkInline>? Autolinks) Find(MarkdownDocument document)
    {
        List<LinkInline>? links = null;
        List<AutolinkInline>? autolinks = null;
        Visit(document, ref links, ref autolinks);
        return (links, autolinks);
    }

    private static void Visit(ContainerBlock container, ref List<LinkInline>? links, ref List<AutolinkInline>? autolinks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case LeafBlock { Inline: { } inline }:
                    Visit(inline, ref links, ref autolinks);
                    break;
                case ContainerBlock child:
                    Visit(child, ref links, ref autolinks);
                    break;
            }
        }
    }

    private static void Visit(ContainerInline container, ref List<LinkInline>? links, ref List<AutolinkInline>? autolinks)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link && !UrlPolicy.IsAllowed(link.Url))
            {
                (links ??= []).Add(link);
            }
            else if (inline is AutolinkInline { IsEmail: false } autolink && !UrlPolicy.IsAllowed(autolink.Url))
            {
                (autolinks ??= []).Add(autolink);
            }

            if (inline is ContainerInline child)
            {
                Visit(child, ref links, ref autolinks);
            }
        }
    }

    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
