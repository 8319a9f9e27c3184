using System.Buffers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Whether a document parsed without Markdig's autolink extension holds text where the extension could have found a
/// bare link: its URLs begin with <c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c> or
/// <c>www.</c> (matched here without regard to case, which can only ask for a second parse too many).
/// </summary>
internal static class AutoLinkMarkers
{
    private static readonly SearchValues<string> Markers =
        SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    public static bool Appear(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var found = container[i] switch
            {
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
                LiteralInline literal => literal.Content.AsSpan().IndexOfAny(Markers) >= 0,
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
