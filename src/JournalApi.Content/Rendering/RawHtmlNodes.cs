using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Whether a parsed document holds raw HTML anywhere, in any block or inline of any construct. Markdig escapes
/// everything else it writes, so a document without raw HTML renders to safe HTML and need not be sanitised.
/// </summary>
internal static class RawHtmlNodes
{
    public static bool Appear(ContainerBlock container) =>
        DocumentNodes.Any(container, block => block is HtmlBlock, inline => inline is HtmlInline);
}
