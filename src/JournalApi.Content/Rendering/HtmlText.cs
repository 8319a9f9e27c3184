using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JournalApi.Content.Rendering;

/// <summary>
/// The text of an HTML document, block by block (a paragraph, a list item, a heading, a table cell each one block):
/// what an entry written as HTML gives for its plain text, its first paragraph and, with raw HTML omitted, its page.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "td", "th", "tr", "ul",
    };

    // Their text is never what a reader sees as text.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "noscript", "iframe", "textarea", "select", "object", "svg", "math", "head", "title",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>Each block's text, white space collapsed, empty blocks left out.</summary>
    public static List<string> BlocksOf(string html)
    {
        var document = Parser.ParseDocument(html);
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, blocks, current);
        Flush(blocks, current);
        return blocks;
    }

    private static void Walk(INode node, List<string> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when Hidden.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(blocks, current);
                    Walk(element, blocks, current);
                    Flush(blocks, current);
                    break;
                case IElement element:
                    Walk(element, blocks, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> blocks, StringBuilder current)
    {
        var text = string.Join(' ', current.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }
}
