using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Rendering;

/// <summary>Plain-text views of a parsed document: for excerpts, word counts and search.</summary>
internal static class PlainText
{
    public const int MaxExcerptLength = 300;

    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        Of(document, text);
        return text.ToString().Trim();
    }

    /// <summary>Appends the text of every leaf block, each followed by a line break (untrimmed).</summary>
    public static void Of(MarkdownDocument document, StringBuilder text)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                AppendInline(inline, text);
            }
            else if (block is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append('\n');
        }
    }

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

    public static string OfFirstParagraph(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is not Footnote && p.Inline is not null) is { Inline: { } inline }
            ? Shorten(OfInline(inline))
            : "";

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
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar || (inWord && c is '\'' or '’' or '-');
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
