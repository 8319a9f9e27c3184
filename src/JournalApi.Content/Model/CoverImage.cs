namespace JournalApi.Content.Model;

/// <summary>A post's cover image: front matter <c>image</c>, <c>images</c> or <c>cover</c>, else the first image of the body.</summary>
/// <param name="Url">As written (relative URLs stay relative to the entry).</param>
/// <param name="Width">Pixels, when the file lies in the content folder and its header says; null otherwise.</param>
/// <param name="Height">Pixels, likewise.</param>
/// <param name="Alt">The alternative text written, or null.</param>
public sealed record CoverImage(string Url, int? Width, int? Height, string? Alt);
