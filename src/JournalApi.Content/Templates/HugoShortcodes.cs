using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;

namespace JournalApi.Content.Templates;

/// <summary>
/// Hugo's shortcodes (<c>{{&lt; name &gt;}}</c>, <c>{{% name %}}</c>) turned into the Markdown or HTML Hugo's own
/// would give: highlight, figure, ref and relref, youtube and vimeo. Any other shortcode is left out, its inner
/// text kept, with a warning.
/// </summary>
internal static partial class HugoShortcodes
{
    public static string Expand(string text, TemplateInput input, BodyLines lines, List<Diagnostic> diagnostics)
    {
        if (!text.Contains("{{<", StringComparison.Ordinal) && !text.Contains("{{%", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var from = 0;
        for (var match = Shortcode().Match(text); match.Success; match = Shortcode().Match(text, from))
        {
            output.Append(text, from, match.Index - from);
            from = match.Index + match.Length;
            var name = match.Groups["name"].Value;
            var line = lines.LineAt(match.Index);
            if (match.Groups["close"].Success)
            {
                continue;
            }

            var args = Arguments(match.Groups["args"].Value);
            switch (name.ToLowerInvariant())
            {
                case "highlight":
                    var close = Closing(name).Match(text, from);
                    if (!close.Success)
                    {
                        diagnostics.Add(TemplateWarnings.Omitted(input, line, match.Value, "it has no closing {{< /highlight >}}"));
                        continue;
                    }

                    output.Append(Fence(text[from..close.Index].Trim('\n', '\r'), Positional(args, 0) ?? "", input.IsHtml));
                    from = close.Index + close.Length;
                    break;
                case "figure":
                    output.Append(Figure(args, input.Embeds));
                    break;
                case "ref" or "relref" when (Named(args, "path") ?? Positional(args, 0)) is { } target:
                    output.Append(PostLinks.PageUrlOf(target, input.Permalink));
                    break;
                case "youtube" when (Named(args, "id") ?? Positional(args, 0)) is { } id && VideoId().IsMatch(id):
                    output.Append(Video($"https://www.youtube-nocookie.com/embed/{id}", $"https://www.youtube.com/watch?v={id}",
                        Named(args, "title") ?? "YouTube video", input.Embeds));
                    break;
                case "vimeo" when (Named(args, "id") ?? Positional(args, 0)) is { } id && id.All(char.IsAsciiDigit):
                    output.Append(Video($"https://player.vimeo.com/video/{id}", $"https://vimeo.com/{id}",
                        Named(args, "title") ?? "Vimeo video", input.Embeds));
                    break;
                default:
                    diagnostics.Add(TemplateWarnings.Omitted(input, line, match.Value, "this shortcode is not one JournalApi renders"));
                    break;
            }
        }

        output.Append(text, from, text.Length - from);
        return output.ToString();
    }

    /// <summary>A fenced code block holding <paramref name="code"/> as written, with a fence longer than any inside it.</summary>
    /// <summary>A code block with its language: fenced Markdown, or, in a body written as HTML, <c>pre</c> and <c>code</c>.</summary>
    public static string Fence(string code, string language, bool html)
    {
        var info = new string([.. language.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '#' or '_' or '.')]);
        if (html)
        {
            var attribute = info.Length == 0 ? "" : $" class=\"language-{WebUtility.HtmlEncode(info)}\"";
            return $"<pre><code{attribute}>{CodeRegions.ProtectAll(WebUtility.HtmlEncode(code))}</code></pre>";
        }

        var longest = 2;
        foreach (Match run in Backticks().Matches(code))
        {
            longest = Math.Max(longest, run.Length);
        }

        var fence = new string('`', longest + 1);
        return $"\n{fence}{info}\n{CodeRegions.ProtectAll(code)}\n{fence}\n";
    }

    private static string Figure(List<(string? Key, string Value)> args, RawHtmlMode mode)
    {
        var src = Named(args, "src") ?? "";
        var alt = Named(args, "alt") ?? Named(args, "title") ?? "";
        var caption = Named(args, "caption") ?? Named(args, "title");
        if (mode == RawHtmlMode.Omit)
        {
            var image = $"![{MarkdownText(alt)}](<{src.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal)}>)";
            return caption is null ? $"\n\n{image}\n\n" : $"\n\n{image}\n\n*{MarkdownText(caption)}*\n\n";
        }

        var html = new StringBuilder("\n\n<figure>");
        var img = $"<img src=\"{Attribute(src)}\" alt=\"{Attribute(alt)}\">";
        html.Append(Named(args, "link") is { } link ? $"<a href=\"{Attribute(link)}\">{img}</a>" : img);
        if (caption is not null)
        {
            html.Append("<figcaption>").Append(WebUtility.HtmlEncode(caption)).Append("</figcaption>");
        }

        return html.Append("</figure>\n\n").ToString();
    }

    private static string Video(string player, string page, string title, RawHtmlMode mode) => mode == RawHtmlMode.Omit
        ? $"[{MarkdownText(title)}]({page})"
        : $"\n\n<iframe src=\"{player}\" title=\"{Attribute(title)}\" width=\"560\" height=\"315\" allowfullscreen></iframe>\n\n";

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    private static string MarkdownText(string text) => MarkdownSpecial().Replace(text.ReplaceLineEndings(" "), @"\$0");

    private static List<(string? Key, string Value)> Arguments(string text) =>
        [.. Argument().Matches(text).Select(m => (m.Groups["key"].Success ? m.Groups["key"].Value : null, m.Groups["value"].Value))];

    private static string? Named(List<(string? Key, string Value)> args, string key) =>
        args.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Positional(List<(string? Key, string Value)> args, int index) =>
        args.Where(a => a.Key is null).Select(a => a.Value).ElementAtOrDefault(index);

    private static Regex Closing(string name) => new(
        @"\{\{<\s*/\s*" + Regex.Escape(name) + @"\s*>\}\}|\{\{%\s*/\s*" + Regex.Escape(name) + @"\s*%\}\}",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(
        @"\{\{<\s*(?<close>/)?\s*(?<name>[A-Za-z0-9_][A-Za-z0-9_./-]*)(?<args>.*?)\s*/?\s*>\}\}|\{\{%\s*(?<close>/)?\s*(?<name>[A-Za-z0-9_][A-Za-z0-9_./-]*)(?<args>.*?)\s*/?\s*%\}\}",
        RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?:(?<key>[A-Za-z_][\w-]*)\s*=\s*)?(?:""(?<value>[^""]*)""|`(?<value>[^`]*)`|(?<value>[^\s""`=]+))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Argument();

    [GeneratedRegex("^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex VideoId();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();

    [GeneratedRegex(@"[\\`*_\[\]<>!#|]")]
    private static partial Regex MarkdownSpecial();
}
