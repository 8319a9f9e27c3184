using System.Text;
using CsCheck;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Hardening;

/// <summary>
/// Properties checked on thousands of generated inputs, each run bounded by its iteration count: random Markdown
/// built from hostile fragments never renders to unsafe HTML, and random or mutated entries never make the loader
/// throw, always giving a post or an error.
/// </summary>
public sealed class RandomMarkdownPropertyTests
{
    private const int MarkdownIterations = 2000;
    private const int LoaderIterations = 3000;

    private static readonly MarkdownRenderer Omitting = new(RawHtmlMode.Omit);
    private static readonly MarkdownRenderer Sanitizing = new(RawHtmlMode.Sanitize);
    private static readonly EntryLoader Loader = new(new LoadOptions());

    [Fact]
    public void RandomMarkdownNeverRendersUnsafeHtmlWhenRawHtmlIsOmitted() =>
        Markdown.Sample(markdown => AssertSafe(Omitting.Render(markdown).Html), iter: MarkdownIterations);

    [Fact]
    public void RandomMarkdownNeverRendersUnsafeHtmlWhenRawHtmlIsSanitized() =>
        Markdown.Sample(markdown => AssertSafe(Sanitizing.Render(markdown).Html), iter: MarkdownIterations);

    [Fact]
    public void RandomMarkdownRendersAsWhenEveryDocumentIsParsedWithAutolinks()
    {
        var reference = new MarkdownRenderer(RawHtmlMode.Omit) { AlwaysParseWithAutoLinks = true };
        WithBareLinks.Sample(markdown =>
        {
            var (expected, actual) = (reference.Render(markdown), Omitting.Render(markdown));
            Assert.Equal(expected.Html, actual.Html);
            Assert.Equal(expected.PlainText, actual.PlainText);
            Assert.Equal((expected.WordCount, expected.FirstParagraph), (actual.WordCount, actual.FirstParagraph));
            Assert.Equal(reference.ToPlainText(markdown), Omitting.ToPlainText(markdown));
        }, iter: MarkdownIterations);
    }

    [Fact]
    public void MutatedEntriesGiveAPostOrAnErrorAndNeverThrow() =>
        Gen.Select(MutatedEntry, FileName).Sample((text, name) => AssertPostOrError(Loader.LoadText(File(name), text)), iter: LoaderIterations);

    [Fact]
    public void RandomFrontMatterGivesAPostOrAnErrorAndNeverThrows() =>
        Gen.Select(RandomEntry, FileName).Sample((text, name) => AssertPostOrError(Loader.LoadText(File(name), text)), iter: LoaderIterations);

    [Fact]
    public void MutatedBytesGiveAPostOrAnErrorAndNeverThrow() =>
        Gen.Select(MutatedBytes, FileName).Sample((bytes, name) =>
        {
            var file = File(name);
            var (text, problem) = FileReader.Decode(file, bytes, LoadOptions.DefaultMaxFileBytes);
            AssertPostOrError(text is null ? new EntryResult(file.RelativePath, null, [problem!]) : Loader.LoadText(file, text));
        }, iter: LoaderIterations);

    private static void AssertSafe(string html)
    {
        var problems = HtmlSafety.Problems(html).ToList();
        Assert.True(problems.Count == 0, string.Join("; ", problems) + "\nin: " + html);
    }

    private static void AssertPostOrError(EntryResult result)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(result.Post is not null ^ errors.Count > 0,
            $"expected a post or an error, got post: {result.Post is not null}, diagnostics: {string.Join("; ", result.Diagnostics)}");
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        if (result.Post is { } post)
        {
            AssertSafe(post.Html);
        }
    }

    private static ContentFile File(string name) => new($"/fuzz/{name}", name, 0, DateTime.UnixEpoch);

    // ---- Markdown made of hostile fragments ----

    private static readonly Gen<string> Scheme = Gen.OneOf(
        "javascript", "JaVaScRiPt", "JAVASCRIPT", "vbscript", "data", "livescript", "file", "http", "https", "mailto", "ftp", "x");

    private static readonly Gen<string> ObfuscatedScheme = Gen.Select(Scheme, Gen.Int[0, 7], Gen.Int[0, 10], (scheme, how, at) =>
    {
        var i = Math.Min(at, scheme.Length);
        return how switch
        {
            0 => scheme.Insert(i, "\t"),
            1 => scheme.Insert(i, "&#x09;"),
            2 => scheme.Insert(i, "&#10;"),
            3 => scheme.Length > 0 ? $"&#{(int)scheme[0]};{scheme[1..]}" : scheme,
            4 => scheme.Length > 0 ? $"&#x{(int)scheme[0]:X};{scheme[1..]}" : scheme,
            5 => " " + scheme,
            6 => "&#0000106;" + scheme,
            _ => scheme,
        };
    });

    private static readonly Gen<string> Url = Gen.OneOf<string>(
        Gen.Select(ObfuscatedScheme, Gen.OneOf(":", "&#58;", "&colon;", "%3A", "&#x3A;"),
            Gen.OneOf("alert(1)", "//example.org/x", "text/html,<script>alert(1)</script>", "me@example.org", "msgbox(1)",
                "image/svg+xml;base64,PHN2Zz4=", "x\" onerror=\"alert(1)", "'onmouseover='alert(1)"),
            (scheme, colon, rest) => scheme + colon + rest),
        Gen.OneOf("notes/a.md", "#top", "?page=2", "//example.org/x", "../up.md", "https://example.org/a:b", "", " ", "x y"));

    private static readonly Gen<string> Word = Gen.OneOf(
        "text", "click", "here", "alert(1)", "javascript:", "onerror=", "\"", "'", "`", "<", ">", "=", "&", "[", "]", "(", ")", "{", "}");

    private static readonly Gen<string> Attribute = Gen.Select(
        Gen.OneOf("href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster", "background", "style",
            "onerror", "onload", "ONCLICK", "onmouseover", "srcdoc", "title", "alt", "id", "class", "http-equiv", "content"),
        Gen.OneOf("\"", "'", ""), Gen.OneOf<string>(Url, Word, Gen.OneOf("alert(1)", "url(javascript:alert(1))", "expression(alert(1))")),
        (name, quote, value) => $" {name}={quote}{value}{quote}");

    private static readonly Gen<string> Tag = Gen.OneOf(
        "script", "img", "a", "svg", "iframe", "object", "embed", "style", "form", "meta", "base", "link", "div", "p", "span",
        "details", "math", "input", "button", "video", "source", "body", "xmp", "noscript", "textarea", "title", "template",
        "SCRIPT", "ScRiPt", "animate", "frame", "applet", "isindex");

    private static readonly Gen<string> RawHtml = Gen.Select(Tag, Attribute.Array[0, 3], Gen.OneOf(">", "/>", " >", "", "\n>"), Gen.Bool,
        (tag, attributes, end, close) => $"<{tag}{string.Concat(attributes)}{end}" + (close ? $"text</{tag}>" : ""));

    private static readonly Gen<string> Fragment = Gen.OneOf<string>(
        Gen.Select(Word, Url, (text, url) => $"[{text}]({url})"),
        Gen.Select(Word, Url, Word, (text, url, title) => $"[{text}]({url} \"{title}\")"),
        Gen.Select(Word, Url, (text, url) => $"[{text}](<{url}>)"),
        Gen.Select(Word, Url, (alt, url) => $"![{alt}]({url})"),
        Url.Select(url => $"<{url}>"),
        Gen.Select(Word, Url, Gen.Int[0, 3], (text, url, n) => $"[{text}][r{n}]\n\n[r{n}]: {url}\n"),
        RawHtml,
        Gen.OneOf("&#106;", "&#x6A;", "&lt;", "&amp;", "&colon;", "&Tab;", "&NewLine;", "&#0;", "&#x0;", "&#xD800;"),
        Gen.OneOf("*", "**", "_", "__", "~~", "`", "``", "```\n", "\n    ", "# ", "> ", "- ", "1. ", "| a |\n|---|\n", "<!--", "-->",
            "<![CDATA[", "]]>", "{onclick=alert(1)}", "{#id .c}", "[^1]", "\n[^1]: note\n", "www.example.org", "https://example.org"),
        Word);

    private static readonly Gen<string> Separator = Gen.OneOf("", " ", "\n", "\n\n", "\t");

    private static readonly Gen<string> Markdown = Gen.Select(Fragment, Separator, (f, s) => f + s).Array[1, 30].Select(string.Concat);

    // Bare links in every context the autolink extension looks at (after brackets, emphasis, parentheses, in tables and
    // headings, escaped, in upper case), between prose full of the letters it stops at.
    private static readonly Gen<string> BareLink = Gen.Select(
        Gen.OneOf("http://", "https://", "ftp://", "mailto:", "tel:", "www.", "HTTP://", "Www.", "http\\://", "ht&#116;p://", "hotel:", "http:/"),
        Gen.OneOf("example.org", "me@example.org", "+123", "a.b/c?d=e", "x", "", "example.org/a_b*", "javascript:alert(1)"),
        Gen.OneOf("", "(", "*", "_", "~", "[", "`", "<", " ", "| ", "# ", "\\"), Gen.OneOf("", ")", "*", "_", "~", "]", "`", ">", ".", " |"),
        (scheme, rest, before, after) => before + scheme + rest + after);

    private static readonly Gen<string> WithBareLinks = Gen.Select(
        Gen.OneOf<string>(Fragment, BareLink, Gen.OneOf("the weather", "fifth month", "with them", "what", "hmm")), Separator,
        (f, s) => f + s).Array[1, 30].Select(string.Concat);

    // ---- Entries: the fixtures mutated, and front matter made of random YAML ----

    private static readonly string[] Seeds =
    [
        .. new[] { "valid", "journal", "hostile", "fields", "frontmatter", "rendering", "xss" }
            .SelectMany(folder => Directory.EnumerateFiles(Fixtures.PathOf(folder), "*.md"))
            .Order(StringComparer.Ordinal)
            .Select(path => System.IO.File.ReadAllText(path))
            .Where(text => text.Length is > 0 and < 4096),
    ];

    private static readonly Gen<string> FileName = Gen.OneOf(
        "2025-07-09-fuzzed.md", "fuzzed.md", "2025-02-30-not-a-day.md", "時間軸.md", "!!!.md", "2025-1-2-short.md");

    private static readonly Gen<string> YamlFragment = Gen.OneOf(
        "&a x", "*a", "!!binary AAAA", "!custom x", "? [complex]", "- - -", "{", "}", "[", "]", "'", "\"", ": :", "---", "...", "\t",
        "key: |", "title: >-", "%YAML 1.2", "<<: *a", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "title:", "date:", "tags:",
        "emotions: [", "  - nested", "#", "@", "`", "|", ">", "%", "\0", "\u0007", "\uFEFF", "😊", "é", "e\u0301", "\r", "\r\n");

    private static readonly Gen<char> OddChar = Gen.Char["-:[]{}&*!\"'\n\r\t#%|>@`,.?~ \0\u0001\u007F\u00A0\u2028\uFEFFéabc0129"];

    /// <summary>Where in a text a mutation happens, as a fraction of its length.</summary>
    private static readonly Gen<double> Position = Gen.Double[0.0, 1.0];

    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf<Func<string, string>>(
        Gen.Select(Position, OddChar, (at, c) => (Func<string, string>)(text => Replace(text, at, c))),
        Gen.Select(Position, YamlFragment, (at, fragment) => (Func<string, string>)(text => text.Insert(Index(text, at), fragment))),
        Gen.Select(Position, Gen.Int[1, 40], (at, length) => (Func<string, string>)(text => Delete(text, at, length))),
        Gen.Select(Position, Gen.OneOf("delete", "duplicate", "swap", "indent"), YamlFragment,
            (at, how, fragment) => (Func<string, string>)(text => ChangeLine(text, at, how, fragment))));

    private static readonly Gen<string> MutatedEntry = Gen.Select(Gen.OneOf(Seeds), Mutation.Array[1, 6],
        // A mutation that would split a surrogate pair is skipped: a lone surrogate cannot come out of a file read as UTF-8.
        (seed, mutations) => mutations.Aggregate(seed, (text, mutate) => mutate(text) is var next && IsWellFormed(next) ? next : text));

    private static readonly Gen<string> YamlValue = Gen.OneOf<string>(
        Gen.OneOf("2025-07-09", "2025-02-30", "yesterday", "2025-07-09T25:61:00", "2025-07-09 18:30:00 +0200", "0000-01-01",
            "5", "true", "no", "~", "null", "", "[a, b]", "{a: b}", "[]", "\"\"", "'quoted'", "|\n  block", ">\n  folded",
            "[calm, grief, calm]", "😊 🌻", "e\u0301", new string('x', 300), "- a\n- b", "\"\\u0000\"", "!!str 5", "&x a"),
        YamlFragment);

    private static readonly Gen<string> RandomEntry = Gen.Select(
        Gen.Select(Gen.OneOf("title", "date", "tags", "emotions", "description", "excerpt", "slug", "draft", "published", "updated",
            "layout", "categories", "excerpt_separator", "x", "Title", "? title"), YamlValue, (key, value) => $"{key}: {value}\n").Array[0, 8],
        Gen.OneOf("---\n", "---\r\n", "+++\n", "", "--- \n", "---\n---\n"), Gen.OneOf("---\n", "...\n", "", "---"), Markdown,
        (fields, open, close, body) => open + string.Concat(fields) + close + "\n" + body);

    private static readonly Gen<byte[]> MutatedBytes = Gen.Select(Gen.OneOf(Seeds), Gen.Select(Position, Gen.Byte).Array[1, 8],
        (seed, flips) =>
        {
            var bytes = Encoding.UTF8.GetBytes(seed);
            foreach (var (at, value) in flips)
            {
                bytes[Math.Min((int)(at * bytes.Length), bytes.Length - 1)] = value;
            }

            return bytes;
        });

    private static int Index(string text, double at) => (int)(at * text.Length);

    private static string Replace(string text, double at, char c)
    {
        if (text.Length == 0)
        {
            return c.ToString();
        }

        var i = Math.Min(Index(text, at), text.Length - 1);
        return string.Concat(text.AsSpan(0, i), c.ToString(), text.AsSpan(i + 1));
    }

    private static string Delete(string text, double at, int length)
    {
        var i = Index(text, at);
        length = Math.Min(length, text.Length - i);
        return text.Remove(i, length);
    }

    private static string ChangeLine(string text, double at, string how, string fragment)
    {
        var lines = text.Split('\n').ToList();
        var i = Math.Min((int)(at * lines.Count), lines.Count - 1);
        switch (how)
        {
            case "delete":
                lines.RemoveAt(i);
                break;
            case "duplicate":
                lines.Insert(i, lines[i]);
                break;
            case "swap":
                (lines[i], lines[^1]) = (lines[^1], lines[i]);
                break;
            default:
                lines[i] = "  " + fragment + lines[i];
                break;
        }

        return string.Join('\n', lines);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
