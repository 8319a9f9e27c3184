using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>Plain-text views of a parsed document: for excerpts, word counts and search.</summary>
internal static class PlainText
{
    public const int MaxExcerptLength = 300;

    // Per ASCII character: 1 for a letter or digit, 2 for what may join a word (an apostrophe, '-'), else 0.
    private static ReadOnlySpan<byte> AsciiWordClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        Of(document, text);
        return text.ToString().Trim();
    }

    /// <summary>Appends the text of every leaf block, each followed by a line break (untrimmed).</summary>
    public static void Of(MarkdownDocument document, StringBuilder text) => Of(document, text, out _);

    /// <summary>
    /// Appends the text of every leaf block, each followed by a line break (untrimmed), and finds the first paragraph
    /// outside footnotes, in the same walk.
    /// </summary>
    public static void Of(MarkdownDocument document, StringBuilder text, out ParagraphBlock? firstParagraph)
    {
        firstParagraph = null;
        AppendBlocks(document, text, ref firstParagraph);
    }

    private static void AppendBlocks(ContainerBlock container, StringBuilder text, ref ParagraphBlock? firstParagraph)
    {
        // Document order, as Markdig's Descendants<LeafBlock>() gives it, without its iterators.
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is ContainerBlock child)
            {
                AppendBlocks(child, text, ref firstParagraph);
                continue;
            }

            if (block is not LeafBlock leaf)
            {
                continue;
            }

            if (leaf.Inline is { } inline)
            {
                if (firstParagraph is null && leaf is ParagraphBlock paragraph && paragraph.Parent is not Footnote)
                {
                    firstParagraph = paragraph;
                }

                AppendInline(inline, text);
            }
            else if (leaf is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append('\n');
        }
    }

    /// <summary>The first paragraph as plain text, shortened, or empty.</summary>
    public static string OfParagraph(ParagraphBlock? paragraph) => paragraph?.Inline is { } inline ? Shorten(OfInline(inline)) : "";

    /// <summary>The builder's text without leading and trailing white space, as <see cref="string.Trim()"/> would give it.</summary>
    public static ReadOnlySpan<char> Trimmed(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            // A builder that grew past its first buffer is consolidated when cleared, so this is the usual case.
            return chunk.Length == text.Length ? chunk.Span.Trim() : text.ToString().AsSpan().Trim();
        }

        return [];
    }

    public static string OfInline(ContainerInline inline)
    {
        var text = new StringBuilder();
        AppendInline(inline, text);
        return Collapse(text.ToString());
    }

    /// <summary>Collapses white space and cuts at a word boundary, with an ellipsis, past <see cref="MaxExcerptLength"/>.</summary>
    public static string Shorten(string text)
    {
        text = Collapse(text);
        if (text.Length <= MaxExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxExcerptLength);
        return text[..(cut > MaxExcerptLength / 2 ? cut : MaxExcerptLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        // Branch-free per character: with a branch at each word boundary and char.IsLetterOrDigit on every character,
        // counting took 8 % of loading an entry (10,000 generated entries, single thread).
        var classes = AsciiWordClass;
        var count = 0;
        var inWord = 0;
        foreach (var c in text)
        {
            int kind = c < 128 ? classes[c] : char.IsLetterOrDigit(c) ? 1 : c == '’' ? 2 : 0;
            var isWordChar = kind & 1;
            count += isWordChar & (inWord ^ 1);
            inWord = isWordChar | (inWord & (kind >> 1));
        }

        return count;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AppendInline(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case FootnoteLink:
                    break;
                case ContainerInline child:
                    AppendInline(child, text);
                    break;
            }
        }
    }
}
