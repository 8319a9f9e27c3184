using System.Text.RegularExpressions;

namespace JournalApi.Content.Templates;

/// <summary>
/// kramdown's attribute lists and extensions (<c>{: .float-end}</c>, <c>{:data-proofer-ignore="true"}</c>,
/// <c>{:toc}</c>, <c>{::options ... /}</c>) and heading ids (<c>## Eraser {#eraser}</c>, Hugo's too), which the
/// generators read and never show: taken out, so that they do not reach the page as text. The attributes themselves are not applied (a class or an id from a body could restyle
/// the reader's page). Runs on text whose code regions are protected, so code keeps them as written.
/// </summary>
internal static partial class KramdownAttributes
{
    /// <summary>Whether the text may hold one (most bodies do not, and skip the step).</summary>
    public static bool Appear(string text) => text.Contains("{:", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal);

    public static string LeaveOut(string text) =>
        Appear(text) ? HeadingId().Replace(List().Replace(text, m => CodeRegions.GapFor(m.Value)), m => CodeRegions.GapFor(m.Value)) : text;

    [GeneratedRegex("""\{:(?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*\}""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex List();

    // '## Eraser {#eraser}': the id kramdown and Hugo's Goldmark give a heading; the heading keeps the id Markdig makes.
    [GeneratedRegex(@"(?<=^[ ]{0,3}#{1,6}[ \t][^\n]*?)[ \t]*\{#[^{}\n]*\}(?=[ \t]*\r?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeadingId();
}
