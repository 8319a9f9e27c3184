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
        foreach (var link in document.Descendants<LinkInline>().Where(l => !UrlPolicy.IsAllowed(l.Url)).ToList())
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

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !UrlPolicy.IsAllowed(a.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
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
