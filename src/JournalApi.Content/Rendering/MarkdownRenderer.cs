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
/// Renders Markdown bodies to HTML that is safe to insert into a page. The pipelines are built once and
/// shared (Markdig pipelines are immutable and thread-safe); each thread keeps an HTML renderer of its own.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline;
    private readonly MarkdownPipeline withoutAutoLinks;
    private readonly RawHtmlMode mode;
    private readonly FrameHosts frameHosts;

    public MarkdownRenderer(RawHtmlMode mode)
        : this(mode, FrameHosts.Video)
    {
    }

    /// <param name="mode">What happens to raw HTML.</param>
    /// <param name="frameHosts">The hosts a frame may show, in <see cref="RawHtmlMode.Sanitize"/>.</param>
    public MarkdownRenderer(RawHtmlMode mode, FrameHosts frameHosts)
    {
        this.mode = mode;
        this.frameHosts = frameHosts;
        // Strikethrough only: superscript and subscript ('^', '~') break the LaTeX that real blogs carry.
        // Not UseAdvancedExtensions: it includes generic attributes ({onclick=...}), which would let a file set event handlers.
        pipeline = Extensions(new MarkdownPipelineBuilder()).UseAutoLinks().Build();
        withoutAutoLinks = Extensions(new MarkdownPipelineBuilder()).Build();
    }

    /// <summary>Parses every document once with the autolink extension, as Markdig alone would: what the tests compare with.</summary>
    internal bool AlwaysParseWithAutoLinks { get; init; }

    public RenderedBody Render(string markdown) => Render(markdown, "", 1);

    /// <summary>Renders a body; what had to be left out is reported as diagnostics of <paramref name="path"/>.</summary>
    /// <param name="markdown">The body.</param>
    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="firstLine">The file line the body starts on.</param>
    public RenderedBody Render(string markdown, string path, int firstLine)
    {
        var document = Parse(markdown);
        UnsafeUrls.Neutralise(document);
        LocalUrls.Resolve(document, path);

        // One HTML renderer and its buffer per thread: setting a renderer up costs more than rendering a short entry.
        var state = RenderState.For(this);
        state.Html.Clear();
        state.Renderer.Render(document);
        state.Writer.Flush();
        byte[] html;
        IReadOnlyList<Model.Diagnostic> diagnostics = [];
        if (mode == RawHtmlMode.Sanitize && RawHtmlNodes.Appear(document))
        {
            // The whole document at once: sanitising fragment by fragment let constructs slip past (a definition
            // term) and emptied HTML wrapped around Markdown.
            var removedFrames = new List<string>();
            html = Utf8.Of(state.Sanitizer.Sanitize(state.Html.ToString(), removedFrames, path));
            diagnostics = RemovedFrames.Diagnose(removedFrames, markdown, path, firstLine);
        }
        else
        {
            html = Utf8.Of(state.Html);
        }

        state.Plain.Clear();
        PlainText.Of(document, state.Plain, out var firstParagraph);
        var plain = PlainText.Trimmed(state.Plain);
        var body = new RenderedBody(html, Utf8.Of(plain), PlainText.CountWords(plain), PlainText.OfParagraph(firstParagraph))
        {
            Diagnostics = diagnostics,
        };
        state.Release();
        return body;
    }

    /// <summary>
    /// Renders a body written as HTML (an entry named <c>*.html</c>), with no Markdown pass: sanitised whole like raw
    /// HTML in Markdown, or, with raw HTML omitted, reduced to its text, one paragraph per block.
    /// </summary>
    public RenderedBody RenderHtml(string html, string path, int firstLine)
    {
        IReadOnlyList<Model.Diagnostic> diagnostics = [];
        string safe;
        List<string> blocks;
        if (mode == RawHtmlMode.Sanitize)
        {
            var state = RenderState.For(this);
            var removedFrames = new List<string>();
            safe = state.Sanitizer.Sanitize(HtmlInstructions.LeaveOut(html), removedFrames, path);
            state.Release();
            diagnostics = RemovedFrames.Diagnose(removedFrames, html, path, firstLine);
            blocks = HtmlText.BlocksOf(safe);
        }
        else
        {
            blocks = HtmlText.BlocksOf(HtmlInstructions.LeaveOut(html));
            var paragraphs = new StringBuilder();
            foreach (var block in blocks)
            {
                paragraphs.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(block)).Append("</p>\n");
            }

            safe = paragraphs.ToString();
        }

        var plain = string.Join('\n', blocks);
        return new RenderedBody(Utf8.Of(safe), Utf8.Of(plain), PlainText.CountWords(plain), blocks.Count > 0 ? PlainText.Shorten(blocks[0]) : "")
        {
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The plain text of an HTML fragment, such as the part of an HTML body before its excerpt separator.</summary>
    public static string HtmlToPlainText(string html) => string.Join(' ', HtmlText.BlocksOf(html));

    /// <summary>The plain text of a Markdown fragment, such as the part of a body before its excerpt separator.</summary>
    public string ToPlainText(string markdown) => PlainText.Of(Parse(markdown));

    private static MarkdownPipelineBuilder Extensions(MarkdownPipelineBuilder builder) => builder
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        // No list extras (Pandoc's 'a.', 'B.', 'iv.' items): neither kramdown nor Hugo's Goldmark has them, and they turned
        // a line starting with an initial ("J. Nicholas Hoover, ...") into a list item.
        .UseDefinitionLists()
        // kramdown's '*[HTML]: HyperText Markup Language' lines, which Jekyll blogs carry: an <abbr>, never text.
        .UseAbbreviations()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub);

    /// <summary>
    /// Parses with the autolink extension only where it can find a link. It stops the scan of plain text at every
    /// 'h', 'f', 'm', 't' and 'w' to look for one, which made it the costliest part of parsing prose. A bare URL must
    /// be written out in the text, so a parse without the extension holds its start in a literal: only then does
    /// the document need the second parse, which gives exactly what the full pipeline gives.
    /// </summary>
    private MarkdownDocument Parse(string markdown)
    {
        if (AlwaysParseWithAutoLinks)
        {
            return Markdown.Parse(markdown, pipeline);
        }

        var document = Markdown.Parse(markdown, withoutAutoLinks);
        return AutoLinkMarkers.Appear(document) ? Markdown.Parse(markdown, pipeline) : document;
    }

    private ReusableHtmlRenderer NewHtmlRenderer(TextWriter writer)
    {
        var renderer = new ReusableHtmlRenderer(writer);
        pipeline.Setup(renderer);
        if (mode == RawHtmlMode.Omit)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new OmittedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new OmittedHtmlInlineRenderer());
        }
        else
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new WithoutInstructionsHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new WithoutInstructionsHtmlInlineRenderer());
        }

        return renderer;
    }

    /// <summary>A thread's HTML renderer for one <see cref="MarkdownRenderer"/>, with the buffers it writes into.</summary>
    private sealed class RenderState
    {
        // Past this, a buffer is dropped after use rather than kept by the thread (a rare huge entry).
        private const int KeptCapacity = 256 * 1024;

        [ThreadStatic]
        private static RenderState? current;

        private RenderState(MarkdownRenderer owner)
        {
            Owner = owner;
            Writer = new StringWriter(Html, System.Globalization.CultureInfo.InvariantCulture);
            Renderer = owner.NewHtmlRenderer(Writer);
            sanitizer = new Lazy<DocumentSanitizer>(() => new DocumentSanitizer(owner.frameHosts), LazyThreadSafetyMode.None);
        }

        private readonly Lazy<DocumentSanitizer> sanitizer;

        public DocumentSanitizer Sanitizer => sanitizer.Value;

        public MarkdownRenderer Owner { get; }

        public StringBuilder Html { get; } = new(16 * 1024);

        public StringWriter Writer { get; }

        public ReusableHtmlRenderer Renderer { get; }

        public StringBuilder Plain { get; } = new(16 * 1024);

        /// <summary>The calling thread's state for <paramref name="owner"/>; taken from the thread until <see cref="Release"/>.</summary>
        public static RenderState For(MarkdownRenderer owner)
        {
            var state = current;
            current = null;
            return state is not null && state.Owner == owner ? state : new RenderState(owner);
        }

        /// <summary>Gives the state back to the thread once a render completed (one that threw is simply dropped).</summary>
        public void Release()
        {
            if (Html.Capacity <= KeptCapacity && Plain.Capacity <= KeptCapacity)
            {
                Renderer.Clear();
                current = this;
            }
        }
    }

    /// <summary>An HTML renderer that can start a new document: Markdig resets its own the same way between uses.</summary>
    private sealed class ReusableHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        /// <summary>Empties the writer's buffer and forgets indentation and line state.</summary>
        public void Clear() => Reset();
    }

    /// <summary>
    /// Raw HTML as Markdig writes it, less processing instructions (<c>&lt;?php … ?&gt;</c>) and CDATA sections, which
    /// no browser shows: an HTML parser reads each as a comment that ends at its first <c>&gt;</c>, so the sanitiser
    /// would drop the start of a PHP block and show the rest as text. Left out whole, as omit mode and Hugo do.
    /// </summary>
    private sealed class WithoutInstructionsHtmlBlockRenderer : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (obj.Type is not (HtmlBlockType.ProcessingInstruction or HtmlBlockType.CData))
            {
                base.Write(renderer, obj);
            }
        }
    }

    private sealed class WithoutInstructionsHtmlInlineRenderer : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (!HtmlInstructions.IsInstruction(obj.Tag))
            {
                base.Write(renderer, obj);
            }
        }
    }

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
