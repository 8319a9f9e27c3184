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

    public static bool Appear(ContainerBlock container) =>
        DocumentNodes.Any(container, _ => false, inline => inline is LiteralInline literal && literal.Content.AsSpan().IndexOfAny(Markers) >= 0);
}
