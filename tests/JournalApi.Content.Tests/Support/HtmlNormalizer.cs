using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JournalApi.Content.Tests.Support;

/// <summary>
/// HTML in a canonical form, so that two renderings compare equal when a browser builds the same page from them, as
/// the spec's own test runner compares them: parsed, attributes sorted, white space collapsed outside <c>pre</c> and
/// dropped beside block tags, entities written one way.
/// </summary>
internal static partial class HtmlNormalizer
{
    private static readonly HashSet<string> Void = ["area", "br", "col", "embed", "hr", "img", "input", "source", "wbr"];

    public static string Normalize(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Write(node, text);
        }

        // White space is collapsed once the text nodes are joined (a removed comment joins two of them).
        var parts = Pre().Split(text.ToString());
        for (var i = 0; i < parts.Length; i += 2)
        {
            parts[i] = BesideBlockTags().Replace(Spaces().Replace(parts[i], " "), "$1");
        }

        return string.Concat(parts).Trim();
    }

    private static void Write(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IElement element:
                var name = element.LocalName;
                text.Append('<').Append(name);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value)).Append('"');
                }

                text.Append('>');
                if (Void.Contains(name))
                {
                    return;
                }

                foreach (var child in element.ChildNodes)
                {
                    Write(child, text);
                }

                text.Append("</").Append(name).Append('>');
                break;
            case IText t:
                text.Append(Escape(t.Data));
                break;
        }
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex(@"(<pre\b.*?</pre>)", RegexOptions.Singleline)]
    private static partial Regex Pre();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*(</?(?:p|div|ul|ol|li|blockquote|pre|h[1-6]|hr|table|thead|tbody|tr|th|td|dl|dt|dd|details|summary)\b[^>]*>)\s*")]
    private static partial Regex BesideBlockTags();
}
