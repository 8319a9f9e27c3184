namespace JournalApi.Content.Rendering;

/// <summary>What rendering a body gives: safe HTML and the plain-text views derived from it.</summary>
/// <param name="Html">HTML safe to insert into a page.</param>
/// <param name="PlainText">The body's words, for counting and searching.</param>
/// <param name="WordCount">Words in <paramref name="PlainText"/>.</param>
/// <param name="FirstParagraph">The first paragraph as plain text, empty when there is none.</param>
public sealed record RenderedBody(string Html, string PlainText, int WordCount, string FirstParagraph);
