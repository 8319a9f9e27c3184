using System.Text;
using System.Text.RegularExpressions;
using JournalApi.Content.Model;

namespace JournalApi.Content.Templates;

/// <summary>
/// The Liquid tags of a body, read before Fluid parses it: a tag Fluid cannot run is taken out, with a warning on
/// its line (Fluid would refuse the whole body for one unknown tag). Text inside raw and comment blocks is skipped.
/// </summary>
internal static partial class LiquidTags
{
    public static string LeaveOutUnknown(string text, TemplateInput input, BodyLines lines, List<Diagnostic> diagnostics)
    {
        StringBuilder? output = null;
        var from = 0;
        string? skipUntil = null;
        foreach (Match tag in Tag().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            if (skipUntil is not null)
            {
                skipUntil = name == skipUntil ? null : skipUntil;
                continue;
            }

            if (name is "raw" or "comment")
            {
                skipUntil = "end" + name;
                continue;
            }

            var leftOut = JekyllLiquid.LeftOut.Contains(name);
            if (JekyllLiquid.Known.Contains(name) && !leftOut)
            {
                continue;
            }

            diagnostics.Add(TemplateWarnings.Omitted(input, lines.LineAt(tag.Index), tag.Value,
                leftOut ? $"'{name}' needs the site's other files, which an entry cannot reach" : $"'{name}' is not a Liquid or Jekyll tag JournalApi runs"));
            if (JekyllLiquid.Known.Contains(name))
            {
                continue;
            }

            output ??= new StringBuilder(text.Length);
            output.Append(text, from, tag.Index - from).Append(CodeRegions.GapFor(tag.Value));
            from = tag.Index + tag.Length;
        }

        return output is null ? text : output.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>
    /// The content of every <c>{% raw %}</c> block, without its tags and with its braces protected as code's are: it
    /// is shown as written, which is what the writer asked for.
    /// </summary>
    public static string ProtectRaw(string text) =>
        text.Contains("raw", StringComparison.Ordinal) ? Raw().Replace(text, m =>
            CodeRegions.GapFor(m.Groups["open"].Value) + CodeRegions.ProtectAll(m.Groups["text"].Value) + CodeRegions.GapFor(m.Groups["close"].Value))
            : text;

    /// <summary>
    /// <c>{% raw %}</c> and <c>{% endraw %}</c> inside code regions (their braces already protected): taken out, as
    /// Jekyll's Liquid takes them out before Markdown sees the code. Everything else in code stays as written.
    /// </summary>
    public static string LeaveOutRawInCode(string text) =>
        text.Contains(CodeRegions.Brace)
            ? RawInCode().Replace(text, m => CodeRegions.GapFor(m.Groups["open"].Value) + m.Groups["text"].Value + CodeRegions.GapFor(m.Groups["close"].Value))
            : text;

    /// <summary>The text with every Liquid tag and output taken out: what is served when Fluid cannot run the body.</summary>
    public static string LeaveOutAll(string text) => Output().Replace(Tag().Replace(text, ""), "");

    /// <summary>
    /// Delimiters Liquid left as text (an output never closed, <c>{{ </c> at the end): taken out with a warning, so
    /// that none reaches the page.
    /// </summary>
    public static string LeaveOutStray(string text, TemplateInput input, List<Diagnostic> diagnostics)
    {
        if (!Appear(text))
        {
            return text;
        }

        var first = Math.Max(text.IndexOf("{{", StringComparison.Ordinal), text.IndexOf("{%", StringComparison.Ordinal));
        var line = input.FirstLine + text.AsSpan(0, first < 0 ? 0 : first).Count('\n');
        diagnostics.Add(TemplateWarnings.Failed(input, line, "a '{{' or '{%' that opens nothing Liquid can read"));
        return text.Replace("{{", "", StringComparison.Ordinal).Replace("{%", "", StringComparison.Ordinal);
    }

    /// <summary>Whether the text holds Liquid at all (most bodies do not, and skip the step).</summary>
    public static bool Appear(string text) => text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    // A '{' before '{%' makes it Hugo's '{{%' delimiter, not a Liquid tag.
    [GeneratedRegex(@"(?<!\{)\{%-?\s*(?<name>[A-Za-z_]\w*)?.*?-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<open>(?<!\{)\{%-?\s*raw\s*-?%\})(?<text>.*?)(?<close>\{%-?\s*endraw\s*-?%\})", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Raw();

    // The first endraw closes a raw block, so "{% raw %}{% raw %}{% endraw %}" shows "{% raw %}", as in Liquid.
    [GeneratedRegex(@"(?<open>\uE000%-?[ \t]*raw[ \t]*-?%\})(?<text>.*?)(?<close>\uE000%-?[ \t]*endraw[ \t]*-?%\})", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RawInCode();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Output();
}
