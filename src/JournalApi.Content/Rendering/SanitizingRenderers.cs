using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// In <see cref="RawHtmlMode.Sanitize"/>, only the fragments that hold raw HTML go through the sanitizer:
/// an HTML block on its own, or the paragraph or heading around inline HTML (an inline tag alone is not a
/// well-formed fragment). Pages without raw HTML cost nothing extra.
/// </summary>
internal static class SanitizingRenderers
{
    public static void Install(HtmlRenderer renderer, MarkdownPipeline pipeline)
    {
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer());
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new AroundInlineHtml<ParagraphBlock>(pipeline, new ParagraphRenderer()));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new AroundInlineHtml<HeadingBlock>(pipeline, new HeadingRenderer()));
    }

    private sealed class BlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.Write(FragmentSanitizer.Sanitize(obj.Lines.ToString()));
            renderer.EnsureLine();
        }
    }

    private sealed class AroundInlineHtml<TBlock>(MarkdownPipeline pipeline, HtmlObjectRenderer<TBlock> inner)
        : HtmlObjectRenderer<TBlock>
        where TBlock : LeafBlock
    {
        protected override void Write(HtmlRenderer renderer, TBlock obj)
        {
            if (obj.Inline is null || !obj.Inline.Descendants<HtmlInline>().Any())
            {
                inner.Write(renderer, obj);
                return;
            }

            using var fragment = new StringWriter();
            var sub = new HtmlRenderer(fragment) { ImplicitParagraph = renderer.ImplicitParagraph };
            pipeline.Setup(sub);
            sub.Render(obj);
            fragment.Flush();
            renderer.Write(FragmentSanitizer.Sanitize(fragment.ToString()));
            renderer.EnsureLine();
        }
    }
}
