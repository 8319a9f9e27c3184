using Ganss.Xss;

namespace JournalApi.Content.Rendering;

/// <summary>HtmlSanitizer limited to the URL allow-list, one instance per thread.</summary>
internal static class FragmentSanitizer
{
    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output"];

    private static readonly string[] FormAttributes = ["action", "formaction", "method"];

    [ThreadStatic]
    private static HtmlSanitizer? perThread;

    public static string Sanitize(string fragment) => (perThread ??= Create()).Sanitize(fragment);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        // A journal entry has no business asking a reader for input: forms invite phishing inside a trusted page.
        foreach (var tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in FormAttributes)
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in UrlPolicy.AllowedSchemes)
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        return sanitizer;
    }
}
