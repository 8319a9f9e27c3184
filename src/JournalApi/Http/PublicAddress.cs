using JournalApi.Configuration;

namespace JournalApi.Http;

/// <summary>The journal's public address, and post HTML whose links to this server are made absolute with it.</summary>
public static class PublicAddress
{
    // What the engine points relative URLs at (LocalUrls), as Markdig and the sanitizer write attributes: in double quotes.
    private static readonly string[] ServerPaths = ["=\"/media/", "=\"/api/posts/"];

    /// <summary>
    /// The journal's address, always ending with '/' so that relative links keep its path: Site:BaseUrl, else the
    /// request's host (which host filtering has checked against AllowedHosts) with http or https, never another scheme
    /// (forwarded headers are only believed from configured proxies, and even a proxy cannot make a link javascript:).
    /// </summary>
    public static Uri Home(SiteOptions site, HttpContext http)
    {
        var scheme = http.Request.IsHttps ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        var home = site.BaseUrl?.ToString() ?? $"{scheme}://{http.Request.Host}{http.Request.PathBase}/";
        return new Uri(home.EndsWith('/') ? home : home + "/");
    }

    /// <summary>
    /// The HTML with its links to media beside the entries and to other posts made absolute under <paramref name="home"/>,
    /// so that a page on another origin (or a feed reader) shows the images and follows the links.
    /// </summary>
    public static string Absolute(string html, Uri home)
    {
        foreach (var path in ServerPaths)
        {
            if (html.Contains(path, StringComparison.Ordinal))
            {
                html = html.Replace(path, "=\"" + home.ToString() + path[3..], StringComparison.Ordinal);
            }
        }

        return html;
    }
}
