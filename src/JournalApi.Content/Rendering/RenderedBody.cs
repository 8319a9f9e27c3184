using System.Text;

namespace JournalApi.Content.Rendering;

/// <summary>What rendering a body gives: safe HTML and the plain-text views derived from it.</summary>
/// <param name="HtmlUtf8">HTML safe to insert into a page, in UTF-8.</param>
/// <param name="PlainTextUtf8">The body's words, for counting and searching, in UTF-8.</param>
/// <param name="WordCount">Words in the plain text.</param>
/// <param name="FirstParagraph">The first paragraph as plain text, empty when there is none.</param>
public sealed record RenderedBody(byte[] HtmlUtf8, byte[] PlainTextUtf8, int WordCount, string FirstParagraph)
{
    /// <summary>What was left out of the HTML (frames from other hosts), as warnings.</summary>
    public IReadOnlyList<Model.Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The HTML, decoded.</summary>
    public string Html => Encoding.UTF8.GetString(HtmlUtf8);

    /// <summary>The plain text, decoded.</summary>
    public string PlainText => Encoding.UTF8.GetString(PlainTextUtf8);
}
