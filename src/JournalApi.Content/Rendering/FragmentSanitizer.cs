using Ganss.Xss;

namespace JournalApi.Content.Rendering;

/// <summary>HtmlSanitizer limited to the URL allow-list, one instance per thread.</summary>
internal static class FragmentSanitizer
{
    [ThreadStatic]
    private static HtmlSanitizer? perThread;

    public static string Sanitize(string fragment) => (perThread ??= Create()).Sanitize(fragment);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in UrlPolicy.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}
