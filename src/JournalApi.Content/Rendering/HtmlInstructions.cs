using System.Text.RegularExpressions;

namespace JournalApi.Content.Rendering;

/// <summary>
/// Processing instructions (<c>&lt;?php … ?&gt;</c>) and CDATA sections in raw HTML: never shown by a browser, and read
/// by an HTML parser as a comment that ends at the first <c>&gt;</c>, which would leave the rest of a PHP block as text.
/// </summary>
internal static partial class HtmlInstructions
{
    public static bool IsInstruction(string? tag) =>
        tag is not null && (tag.StartsWith("<?", StringComparison.Ordinal) || tag.StartsWith("<![CDATA[", StringComparison.Ordinal));

    /// <summary>The HTML without them; one left open runs to the end, as CommonMark reads it.</summary>
    public static string LeaveOut(string html) =>
        html.Contains("<?", StringComparison.Ordinal) || html.Contains("<![CDATA[", StringComparison.Ordinal) ? Instruction().Replace(html, "") : html;

    [GeneratedRegex(@"<\?[\s\S]*?(?:\?>|\z)|<!\[CDATA\[[\s\S]*?(?:\]\]>|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();
}
