using Fluid;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Templates;

/// <summary>
/// The step before Markdown rendering: runs a body's templates as the generator it was written for would
/// (<see cref="TemplateInput.Dialect"/>, chosen by <see cref="SiteGenerator"/>), so that no template syntax reaches the
/// page as text. Hugo's shortcodes by their own delimiters; Liquid in Jekyll's bodies that hold <c>{{</c> or <c>{%</c>;
/// kramdown's attribute lists taken out. Code spans and code blocks keep their text as written. Never throws for
/// anything a body holds: what cannot be run is left out, with a warning naming the file, the line and the tag.
/// </summary>
public static class TemplateExpander
{
    public static ExpandedBody Expand(string body, TemplateInput input)
    {
        var dialect = input.Dialect;
        var templates = dialect != TemplateDialect.None && LiquidTags.Appear(body);
        var kramdown = !input.IsHtml && KramdownAttributes.Appear(body);
        if (!templates && !kramdown)
        {
            return new ExpandedBody(body, []);
        }

        var diagnostics = new List<Diagnostic>();
        var lines = new BodyLines(body, input.FirstLine);
        // Jekyll runs Liquid over an HTML file whole, <pre> and <code> included; Markdown's code regions keep their text.
        var text = input.IsHtml ? body : KramdownAttributes.LeaveOut(CodeRegions.Protect(body));
        if (!templates)
        {
            return new ExpandedBody(CodeRegions.Restore(text), diagnostics);
        }

        if (dialect == TemplateDialect.Hugo)
        {
            // Hugo has no Liquid: '{{ }}' and '{% %}' outside shortcodes are text, as Hugo shows them.
            return new ExpandedBody(CodeRegions.Restore(HugoShortcodes.Expand(text, input, lines, diagnostics)), diagnostics);
        }

        // Jekyll runs Liquid before Markdown, so a raw block's tags vanish inside code too: only its text is shown.
        text = LiquidTags.ProtectRaw(LiquidTags.LeaveOutRawInCode(text));
        // Tags are taken out as gaps of the same length, so that every step before Hugo's reports lines as written.
        text = LiquidTags.LeaveOutUnknown(text, input, lines, diagnostics);
        if (dialect == TemplateDialect.Auto)
        {
            text = HugoShortcodes.Expand(text, input, lines, diagnostics);
        }

        text = RunLiquid(text, input, lines, diagnostics);
        text = LiquidTags.LeaveOutStray(text, input, diagnostics);
        return new ExpandedBody(CodeRegions.Restore(text), diagnostics);
    }

    private static string RunLiquid(string text, TemplateInput input, BodyLines lines, List<Diagnostic> diagnostics)
    {
        if (!LiquidTags.Appear(text))
        {
            return text;
        }

        if (!JekyllLiquid.Parser.TryParse(text, out var template, out var error))
        {
            diagnostics.Add(TemplateWarnings.Failed(input, LineOf(error, input.FirstLine), error));
            return LiquidTags.LeaveOutAll(text);
        }

        try
        {
            var context = new TemplateContext(JekyllLiquid.Options);
            var page = Values(input.Page);
            foreach (var (key, value) in input.PageDefaults)
            {
                page.TryAdd(key, value);
            }

            context.SetValue("page", page);
            context.SetValue("site", input.Site.ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal));
            context.AmbientValues[JekyllLiquid.PermalinkKey] = input.Permalink;
            context.AmbientValues[JekyllLiquid.HtmlBodyKey] = input.IsHtml;
            return template.Render(context, Fluid.NullEncoder.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Fluid stops a runaway template by throwing; any other failure of a body's template is its own problem.
            diagnostics.Add(TemplateWarnings.Failed(input, lines.LineAt(0), e.Message));
            return LiquidTags.LeaveOutAll(text);
        }
    }

    private static Dictionary<string, object?> Values(IReadOnlyList<YamlField> fields)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            values[field.Key] = Value(field.Value);
        }

        return values;
    }

    private static object? Value(YamlValue value) => value switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar => scalar.Text,
        YamlSequence sequence => sequence.Items.Select(Value).ToList(),
        YamlMapping mapping => Values(mapping.Fields),
        _ => null,
    };

    // Fluid's messages end with the position, as in "... at (3:14)"; the line is the template's, which starts the body.
    private static int LineOf(string error, int firstLine)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\((\d+):\d+\)");
        return match.Success && int.TryParse(match.Groups[1].Value, out var line) ? firstLine + line - 1 : firstLine;
    }
}
