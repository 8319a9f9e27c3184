using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Whether a parsed document holds raw HTML anywhere, in any block or inline of any construct. Markdig escapes
/// everything else it writes, so a document without raw HTML renders to safe HTML and need not be sanitised.
/// </summary>
internal static class RawHtmlNodes
{
    public static bool Appear(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var found = container[i] switch
            {
                HtmlBlock => true,
                LeafBlock { Inline: { } inline } => Appear(inline),
                ContainerBlock child => Appear(child),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Appear(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var found = inline switch
            {
                HtmlInline => true,
                ContainerInline child => Appear(child),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
