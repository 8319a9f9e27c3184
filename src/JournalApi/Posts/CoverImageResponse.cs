using System.ComponentModel;
using JournalApi.Content.Model;

namespace JournalApi.Posts;

/// <summary>A post's cover image.</summary>
public sealed record CoverImageResponse(
    [property: Description("The image's URL as written; a relative one is relative to the entry's file in the content folder.")] string Url,
    [property: Description("Width in pixels, from front matter or the file's header when the file lies in the content folder; else null.")] int? Width,
    [property: Description("Height in pixels, likewise; else null.")] int? Height,
    [property: Description("The alternative text written, or null.")] string? Alt)
{
    public static CoverImageResponse? From(CoverImage? image) =>
        image is null ? null : new CoverImageResponse(image.Url, image.Width, image.Height, image.Alt);
}
