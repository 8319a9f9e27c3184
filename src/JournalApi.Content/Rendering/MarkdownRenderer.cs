using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Renders Markdown bodies to HTML that is safe to insert into a page. The pipeline is built once and
/// shared (Markdig pipelines are immutable and thread-safe); a renderer is made per call.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline;
    private readonly RawHtmlMode mode;

    public MarkdownRenderer(RawHtmlMode mode)
    {
        this.mode = mode;
        // Strikethrough only: superscript and subscript ('^', '~') break the LaTeX that real blogs carry.
        // Not UseAdvancedExtensions: it includes generic attributes ({onclick=...}), which would let a file set event handlers.
        pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseListExtras()
            .UseDefinitionLists()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .Build();
    }

    public RenderedBody Render(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        UnsafeUrls.Neutralise(document);

        var html = new StringWriter(new StringBuilder(markdown.Length + (markdown.Length / 4)));
        var renderer = new HtmlRenderer(html);
        pipeline.Setup(renderer);
        if (mode == RawHtmlMode.Omit)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new OmittedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new OmittedHtmlInlineRenderer());
        }
        else
        {
            SanitizingRenderers.Install(renderer, pipeline);
        }

        renderer.Render(document);
        html.Flush();

        var plain = PlainText.Of(document);
        return new RenderedBody(html.ToString(), plain, PlainText.CountWords(plain), PlainText.OfFirstParagraph(document));
    }

    /// <summary>The plain text of a Markdown fragment, such as the part of a body before its excerpt separator.</summary>
    public string ToPlainText(string markdown) => PlainText.Of(Markdown.Parse(markdown, pipeline));

    private sealed class OmittedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
        }
    }

    private sealed class OmittedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
        }
    }
}
