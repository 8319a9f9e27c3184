using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JournalApi.Content.Templates;

/// <summary>
/// Keeps template syntax inside code spans and code blocks as written: their braces are swapped for a private-use
/// character before templates run, and swapped back after.
/// </summary>
internal static class CodeRegions
{
    public const char Brace = '\uE000';

    /// <summary>Stands in for a tag taken out, so that positions, and so lines, stay those of the body as written.</summary>
    public const char Gap = '\uE001';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseDefinitionLists().Build();

    public static string Protect(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        StringBuilder? text = null;
        foreach (var node in document.Descendants())
        {
            var span = node switch
            {
                CodeBlock block => block.Span,
                CodeInline code => code.Span,
                _ => SourceSpan.Empty,
            };
            if (span.IsEmpty || span.Start < 0 || span.End >= markdown.Length)
            {
                continue;
            }

            text ??= new StringBuilder(markdown);
            for (var i = span.Start; i <= span.End; i++)
            {
                if (text[i] == '{')
                {
                    text[i] = Brace;
                }
            }
        }

        return text?.ToString() ?? markdown;
    }

    /// <summary>Text from a code region, protected the same way (a Hugo highlight's body).</summary>
    public static string ProtectAll(string code) => code.Replace('{', Brace);

    /// <summary>The same number of <see cref="Gap"/> characters as <paramref name="text"/> is long.</summary>
    public static string GapFor(string text) => new(Gap, text.Length);

    public static string Restore(string markdown) =>
        markdown.Contains(Gap) ? markdown.Replace(Gap.ToString(), "", StringComparison.Ordinal).Replace(Brace, '{') : markdown.Replace(Brace, '{');
}
