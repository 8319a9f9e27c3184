using System.Net;
using System.Text.RegularExpressions;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;

namespace JournalApi.Content.Addresses;

/// <summary>
/// The cover image of an entry: front matter <c>image</c> (text, or jekyll-seo-tag's <c>{ path, alt, width, height }</c>),
/// Hugo's <c>images</c> list (the first) or <c>cover</c> (text, or <c>{ image, alt }</c>), else the first image of the
/// rendered body. Its size is read from the file's header when the URL is relative and the file lies in the content folder.
/// </summary>
public static partial class CoverImages
{
    public static CoverImage? Find(YamlValue? written, string html, ContentFile file)
    {
        var (url, alt, width, height) = FromFrontMatter(written) ?? FromHtml(html) ?? default;
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // A relative cover points where the body's relative images point (/media/...), as the body's first image already does.
        url = url.Trim();
        url = LocalUrls.Target(file.RelativePath[..(file.RelativePath.LastIndexOf('/') + 1)], url) ?? url;
        if (width is null || height is null)
        {
            (width, height) = SizeOf(url, file) is { } size ? (size.Width, size.Height) : ((int?)null, (int?)null);
        }

        return new CoverImage(url, width, height, string.IsNullOrWhiteSpace(alt) ? null : alt.Trim());
    }

    private static (string? Url, string? Alt, int? Width, int? Height)? FromFrontMatter(YamlValue? value) => value switch
    {
        YamlScalar { IsNull: false } scalar => (scalar.Text, null, null, null),
        YamlSequence { Items.Count: > 0 } list => FromFrontMatter(list.Items[0]),
        YamlMapping map => (Field(map, "path") ?? Field(map, "image") ?? Field(map, "src") ?? Field(map, "url"), Field(map, "alt"),
            Number(Field(map, "width")), Number(Field(map, "height"))),
        _ => null,
    };

    private static string? Field(YamlMapping map, string key) => FieldValues.Text(map.Fields.FirstOrDefault(f => f.Key == key)?.Value);

    private static int? Number(string? text) => int.TryParse(text, out var n) && n > 0 ? n : null;

    private static (string?, string?, int?, int?)? FromHtml(string html)
    {
        var img = FirstImage().Match(html);
        if (!img.Success)
        {
            return null;
        }

        var src = Attribute().Matches(img.Value).FirstOrDefault(a => a.Groups[1].Value.Equals("src", StringComparison.OrdinalIgnoreCase));
        var alt = Attribute().Matches(img.Value).FirstOrDefault(a => a.Groups[1].Value.Equals("alt", StringComparison.OrdinalIgnoreCase));
        return src is null ? null : (WebUtility.HtmlDecode(src.Groups[2].Value), alt is null ? null : WebUtility.HtmlDecode(alt.Groups[2].Value), null, null);
    }

    /// <summary>The size of a file beside the entry (relative URL) or under the content folder ('/'-rooted); null for remote images.</summary>
    private static (int Width, int Height)? SizeOf(string url, ContentFile file)
    {
        // Not Uri.TryCreate: on Unix it takes '/assets/a.png' for an absolute file URI.
        if (url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url))
        {
            return null;
        }

        try
        {
            var cut = url.IndexOfAny(['?', '#']);
            var path = Uri.UnescapeDataString(cut >= 0 ? url[..cut] : url);
            path = path.StartsWith(LocalUrls.MediaPrefix, StringComparison.Ordinal) ? path[(LocalUrls.MediaPrefix.Length - 1)..] : path;
            var root = Path.GetFullPath(file.FullPath[..^file.RelativePath.Length]);
            var from = path.StartsWith('/') ? root : Path.GetDirectoryName(file.FullPath)!;
            var full = Path.GetFullPath(Path.Combine(from, path.TrimStart('/')));
            var info = new FileInfo(full);
            if (!full.StartsWith(root, StringComparison.Ordinal) || !info.Exists || info.LinkTarget is not null)
            {
                return null;
            }

            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            var head = new byte[(int)Math.Min(info.Length, ImageSize.MaxHeaderBytes)];
            stream.ReadExactly(head);
            return ImageSize.Read(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // An image that cannot be read is still the cover; it only has no size.
            return null;
        }
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstImage();

    [GeneratedRegex(@"\s([a-zA-Z-]+)=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
