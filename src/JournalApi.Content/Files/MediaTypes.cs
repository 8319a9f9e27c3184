namespace JournalApi.Content.Files;

/// <summary>
/// The files beside entries that may be served, by extension, with their content types: images, PDF, audio and video.
/// Nothing that a browser would run or render as a page (HTML, SVG, scripts) is on it.
/// </summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".pdf"] = "application/pdf",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".ogg"] = "audio/ogg",
        [".oga"] = "audio/ogg",
        [".opus"] = "audio/ogg",
        [".wav"] = "audio/wav",
        [".flac"] = "audio/flac",
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
        [".ogv"] = "video/ogg",
        [".mov"] = "video/quicktime",
    };

    /// <summary>The extensions served, in order.</summary>
    public static IEnumerable<string> Extensions => ByExtension.Keys.Order(StringComparer.Ordinal);

    /// <summary>The content type of a file name or URL path whose extension is on the list, else null.</summary>
    public static string? Of(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length > 0 && ByExtension.TryGetValue(extension, out var type) ? type : null;
    }
}
