using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>One walk over every block and inline of a parsed document, for the questions the renderer asks of it.</summary>
internal static class DocumentNodes
{
    /// <summary>Whether any block matches <paramref name="block"/> or any inline, at any depth, matches <paramref name="inline"/>.</summary>
    public static bool Any(ContainerBlock container, Func<Block, bool> block, Func<Inline, bool> inline)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var found = block(container[i]) || container[i] switch
            {
                LeafBlock { Inline: { } inlines } => Any(inlines, inline),
                ContainerBlock child => Any(child, block, inline),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(ContainerInline container, Func<Inline, bool> matches)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (matches(inline) || (inline is ContainerInline child && Any(child, matches)))
            {
                return true;
            }
        }

        return false;
    }
}
