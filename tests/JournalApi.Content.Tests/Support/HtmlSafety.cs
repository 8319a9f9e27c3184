using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JournalApi.Content.Tests.Support;

/// <summary>
/// Reads rendered HTML the way a browser would (with AngleSharp, the parser HtmlSanitizer uses) and lists
/// everything in it that could run script in a reader's page. Text that merely mentions "javascript:" is not a
/// problem; an element, an event-handler attribute or a URL attribute is.
/// </summary>
internal static partial class HtmlSafety
{
    /// <summary>Elements that run script, load another document, or change how the page or its links behave.</summary>
    public static readonly IReadOnlySet<string> ForbiddenElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "frame", "frameset", "object", "embed", "applet", "style", "form", "meta", "base", "link",
    };

    /// <summary>Attributes whose value a browser follows as a URL.</summary>
    public static readonly IReadOnlySet<string> UrlAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "cite", "codebase", "srcset",
    };

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    // A parser and a <body> to parse into, per thread: the property tests check pages on several threads at once.
    private static readonly ThreadLocal<(HtmlParser Parser, IElement Body)> Parser = new(() =>
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>").Body!);
    });

    /// <summary>Every problem in <paramref name="html"/>, one line each; empty when the page is safe.</summary>
    public static IReadOnlyList<string> Problems(string html)
    {
        var (parser, body) = Parser.Value!;
        var problems = new List<string>();
        var nodes = parser.ParseFragment(html, body);
        foreach (var element in nodes.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()))
        {
            if (ForbiddenElements.Contains(element.LocalName))
            {
                problems.Add($"<{element.LocalName}> element");
            }

            // A frame is allowed only to show a video player's page (Content:FrameHosts' default hosts), over https.
            if (element.LocalName == "iframe" && !JournalApi.Content.Rendering.FrameHosts.Video.Allow(element.GetAttribute("src")))
            {
                problems.Add($"<iframe src=\"{element.GetAttribute("src")}\"> frame from a host outside the list");
            }

            foreach (var attribute in element.Attributes)
            {
                Inspect(element, attribute, problems);
            }
        }

        return problems;
    }

    /// <summary>Whether a browser would follow <paramref name="url"/> to an allowed place: http, https, mailto, or relative.</summary>
    public static bool IsAllowedUrl(string url)
    {
        // Browsers drop tabs and newlines anywhere in a URL and trim leading and trailing C0 controls and spaces.
        var cleaned = new string([.. url.Where(c => c is not ('\t' or '\n' or '\r'))]).Trim(TrimmedByBrowsers);
        var scheme = Scheme().Match(cleaned);
        return !scheme.Success || AllowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
    }

    private static void Inspect(IElement element, IAttr attribute, List<string> problems)
    {
        var name = attribute.Name;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"<{element.LocalName} {name}> event handler");
        }
        else if (UrlAttributes.Contains(name) || name.EndsWith(":href", StringComparison.OrdinalIgnoreCase))
        {
            var urls = name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? attribute.Value.Split(',').Select(c => c.Trim().Split(' ')[0])
                : [attribute.Value];
            foreach (var url in urls.Where(u => !IsAllowedUrl(u)))
            {
                problems.Add($"<{element.LocalName} {name}=\"{url}\"> URL outside the allow-list");
            }
        }
        else if (name.Equals("style", StringComparison.OrdinalIgnoreCase) &&
                 (attribute.Value.Contains("javascript", StringComparison.OrdinalIgnoreCase) ||
                  attribute.Value.Contains("expression", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"<{element.LocalName} style=\"{attribute.Value}\"> scripted style");
        }
        else if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"<{element.LocalName} srcdoc> inline document");
        }
    }

    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
