namespace JournalApi.Content.Rendering;

/// <summary>The allow-list for link and image URLs: http, https, mailto, tel, and relative references.</summary>
public static class UrlPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// Whether <paramref name="url"/> is relative or has an allowed scheme. A scheme is what a browser takes for one:
    /// a letter, then letters, digits, '+', '-' or '.', up to a ':'; text before a ':' that is not shaped so
    /// (<c>foo):</c>, <c>2024-01-01-a:b.md</c>) leaves the URL relative.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers drop tabs and line breaks inside a scheme ("java\tscript:") and trim controls and spaces around
        // it; dropping every control and white-space character is stricter still.
        Span<char> head = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == ':')
            {
                // A scheme longer than the buffer is none of the allowed ones.
                return length > 0 && length <= head.Length && IsAllowedScheme(head[..length]);
            }

            if (!(char.IsAsciiLetter(c) || (length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return true;
            }

            if (length < head.Length)
            {
                head[length] = c;
            }

            length++;
        }

        return true;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
