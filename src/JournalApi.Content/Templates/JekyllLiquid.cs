using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Utils;
using Parlot;
using Parlot.Fluent;

namespace JournalApi.Content.Templates;

/// <summary>
/// The Liquid parser for bodies, built once (Fluid parsers are thread-safe once built): Liquid's own tags and
/// filters, and Jekyll's tags as custom tags. <c>highlight</c> gives a fenced code block with its language; <c>link</c>
/// and <c>post_url</c> give the target post's API path; <c>include</c> gives nothing (the warning comes from
/// <see cref="LiquidTags"/>, which knows the line).
/// </summary>
internal static class JekyllLiquid
{
    /// <summary>Tags Fluid runs, Jekyll's included; any other tag is left out before parsing.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "assign", "capture", "endcapture", "case", "when", "else", "elsif", "endcase", "comment", "endcomment", "cycle",
        "decrement", "increment", "for", "endfor", "break", "continue", "if", "endif", "unless", "endunless", "raw",
        "endraw", "echo", "liquid", "highlight", "endhighlight", "link", "post_url", "include",
    };

    /// <summary>Tags Jekyll has that a single entry cannot run: left out with a warning.</summary>
    public static readonly IReadOnlySet<string> LeftOut = new HashSet<string>(StringComparer.Ordinal)
    {
        "include", "include_relative", "render",
    };

    public static FluidParser Parser { get; } = Create();

    // A body is text, not a program: a runaway loop or output stops here and becomes a warning.
    public static TemplateOptions Options { get; } = TemplateOptions.Default.ToBuilder()
        .WithMaxSteps(100_000).WithMaxRecursion(20).WithMaxOutputSize(4 * 1024 * 1024).WithTimeZone(TimeZoneInfo.Utc).Build();

    private static FluidParser Create()
    {
        var parser = new FluidParser();
        var arguments = Parsers.AnyCharBefore(Parsers.Literals.Text("%}"), canBeEmpty: true);
        parser.RegisterParserBlock("highlight", arguments, Highlight);
        parser.RegisterParserTag("link", arguments, (path, output, _, context) => Write(output, PostLinks.PageUrlOf(Clean(path), PatternOf(context))));
        parser.RegisterParserTag("post_url", arguments, (name, output, _, context) => Write(output, PostLinks.PageUrlOf(Clean(name), PatternOf(context))));
        parser.RegisterParserTag("include", arguments, (_, _, _, _) => new ValueTask<Completion>(Completion.Normal));
        return parser;
    }

    /// <summary>The key under which a render's context holds the permalink pattern that links resolve with.</summary>
    public const string PermalinkKey = "journal.permalink";

    /// <summary>Set when the body is HTML, so that <c>highlight</c> writes HTML rather than a Markdown fence.</summary>
    public const string HtmlBodyKey = "journal.html";

    private static string PatternOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(PermalinkKey, out var pattern) && pattern is string text ? text : Addresses.PageUrls.DefaultPattern;

    private static async ValueTask<Completion> Highlight(
        TextSpan arguments, IReadOnlyList<Statement> statements, IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        using var code = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var inner = new TextWriterFluidOutput(code, 1024, leaveOpen: true))
        {
            foreach (var statement in statements)
            {
                await statement.WriteToAsync(inner, encoder, context);
            }

            await inner.FlushAsync();
        }

        var language = Clean(arguments).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var html = context.AmbientValues.TryGetValue(HtmlBodyKey, out var isHtml) && isHtml is true;
        output.Write(HugoShortcodes.Fence(code.ToString().Trim('\n', '\r'), language, html));
        return Completion.Normal;
    }

    private static ValueTask<Completion> Write(IFluidOutput output, string text)
    {
        output.Write(text);
        return new ValueTask<Completion>(Completion.Normal);
    }

    private static string Clean(TextSpan span) => span.ToString().Trim().TrimEnd('-').Trim();
}
