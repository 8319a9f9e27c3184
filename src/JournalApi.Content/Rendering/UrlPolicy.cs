namespace JournalApi.Content.Rendering;

/// <summary>The allow-list for link and image URLs: http, https, mailto, and relative references.</summary>
public static class UrlPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and white space inside a scheme ("java\tscript:"), so the check does too.
        Span<char> head = stackalloc char[32];
        var length = 0;
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is ':' )
            {
                var scheme = head[..length].ToString();
                return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
            }

            if (c is '/' or '?' or '#' || length == head.Length)
            {
                return true;
            }

            head[length++] = c;
        }

        return true;
    }
}
