using JournalApi.Content.Model;

namespace JournalApi.Content.Templates;

/// <summary>The warnings of the template step, each naming the file, the line and the tag.</summary>
internal static class TemplateWarnings
{
    public static Diagnostic Omitted(TemplateInput input, int line, string tag, string why) =>
        new(input.Path, line, null, DiagnosticSeverity.Warning, tag.StartsWith("{{<", StringComparison.Ordinal) || tag.StartsWith("{{%", StringComparison.Ordinal)
                ? DiagnosticCodes.ShortcodeOmitted
                : DiagnosticCodes.TemplateTagOmitted,
            null, $"'{Shorten(tag)}' was left out of the page: {why}.", "Replace it with Markdown or HTML of your own.");

    public static Diagnostic Failed(TemplateInput input, int line, string why) =>
        new(input.Path, line, null, DiagnosticSeverity.Warning, DiagnosticCodes.TemplateFailed, null,
            $"The body's Liquid could not be run ({Shorten(why)}); its tags were left out of the page.",
            "Check the tags near that line against Liquid's syntax.");

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace(CodeRegions.Brace, '{');
        return flat.Length <= 120 ? flat : flat[..117] + "...";
    }
}
