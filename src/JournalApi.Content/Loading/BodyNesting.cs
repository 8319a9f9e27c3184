using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>
/// Checks a Markdown body for nesting deeper than JournalApi renders, before the renderer meets it: block quotes and
/// list items more than <see cref="MaxBlockDepth"/> deep, or brackets and emphasis runs more than
/// <see cref="MaxInlineDepth"/> deep. Markdig stops at a depth of its own with an exception; here such a body is an
/// error that names its line.
/// </summary>
public static class BodyNesting
{
    public const int MaxBlockDepth = 32;
    public const int MaxInlineDepth = 64;

    /// <summary>
    /// The deepest raw HTML rendered: the sanitiser's HTML parser takes time that grows with depth times elements, so
    /// tens of thousands of nested elements took it seconds (browsers stop at a few hundred levels too).
    /// </summary>
    public const int MaxHtmlDepth = 256;

    /// <summary>The widest table rendered: Markdig takes seconds over a table thousands of columns wide.</summary>
    public const int MaxTableColumns = 500;

    /// <summary>The first line nested too deeply, as a diagnostic, or null.</summary>
    /// <param name="path">The file's relative path.</param>
    /// <param name="body">The body.</param>
    /// <param name="firstLine">The body's first line in the file.</param>
    public static Diagnostic? Check(string path, string body, int firstLine)
    {
        var lines = body.Split('\n');
        var listIndents = new List<int>();
        var (brackets, emphasis, html) = (0, 0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (HtmlDepth(line, ref html) > MaxHtmlDepth)
            {
                return TooDeep(path, firstLine + i, $"Raw HTML elements are nested more than {MaxHtmlDepth} deep here; at most {MaxHtmlDepth} are rendered.");
            }

            if (line.Trim().Length == 0)
            {
                (brackets, emphasis) = (0, 0);
                continue;
            }

            if (TableColumns(line) > MaxTableColumns)
            {
                return new Diagnostic(path, firstLine + i, 1, DiagnosticSeverity.Error, DiagnosticCodes.TableTooWide, null,
                    $"This table has {TableColumns(line)} columns; at most {MaxTableColumns} are rendered.", "Split the table, or turn it round.");
            }

            var depth = BlockDepth(line, listIndents);
            if (depth > MaxBlockDepth)
            {
                return TooDeep(path, firstLine + i, $"Block quotes and lists are nested {depth} deep here; at most {MaxBlockDepth} are rendered.");
            }

            var (bracketDepth, run) = InlineDepth(line, ref brackets);
            var opened = OpenEmphasis(line, ref emphasis);
            var inline = Math.Max(Math.Max(bracketDepth, run), opened);
            if (inline > MaxInlineDepth)
            {
                return TooDeep(path, firstLine + i, $"Brackets or emphasis marks are nested {inline} deep here; at most {MaxInlineDepth} are rendered.");
            }
        }

        return null;
    }

    /// <summary>
    /// The line most likely to have stopped the renderer, for a body that passed <see cref="Check"/> and still nested past
    /// the renderer's own limit (emphasis that alternates <c>*</c> and <c>_</c>, for one).
    /// </summary>
    public static Diagnostic Deepest(string path, string body, int firstLine)
    {
        var lines = body.Split('\n');
        var (best, bestScore) = (0, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var score = lines[i].Count(c => c is '*' or '_' or '~' or '[' or '>' or '-' or '+');
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return TooDeep(path, firstLine + best, "Quotes, lists, brackets or emphasis are nested deeper than the renderer allows, around here.");
    }

    private static Diagnostic TooDeep(string path, int line, string message) =>
        new(path, line, 1, DiagnosticSeverity.Error, DiagnosticCodes.BodyTooDeep, null, message,
            "Flatten the nesting: fewer levels of quotes and lists, or fewer brackets and emphasis marks inside each other.");

    /// <summary>
    /// The cells a line would make in a table: its pipes less one (a row that opens and closes with one). Counted on every
    /// line, not only on a table's delimiter row: the renderer is as slow over a row of thousands of pipes that a changed
    /// delimiter row leaves outside a table.
    /// </summary>
    /// <summary>
    /// The deepest level of raw HTML elements open on this line, carrying <paramref name="open"/> across lines. Elements
    /// that close themselves or that HTML closes by itself (a new p or li ends the last) are not counted.
    /// </summary>
    private static int HtmlDepth(string line, ref int open)
    {
        var deepest = open;
        for (var at = line.IndexOf('<'); at >= 0 && at < line.Length - 1; at = line.IndexOf('<', at + 1))
        {
            var closing = line[at + 1] == '/';
            var start = closing ? at + 2 : at + 1;
            var end = start;
            while (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(line[start]) || SelfClosing.Contains(line[start..end]))
            {
                continue;
            }

            var gt = line.IndexOf('>', end);
            if (!closing && gt > 0 && line[gt - 1] == '/')
            {
                continue;
            }

            open = closing ? Math.Max(0, open - 1) : open + 1;
            deepest = Math.Max(deepest, open);
        }

        return deepest;
    }

    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot", "colgroup", "rp", "rt",
    };

    private static int TableColumns(string line)
    {
        var pipes = line.AsSpan().Count('|');
        return pipes <= MaxTableColumns ? 0 : pipes - 1;
    }

    /// <summary>Block quotes and list markers that open the line, plus the lists it sits in by indentation.</summary>
    private static int BlockDepth(string line, List<int> listIndents)
    {
        var at = 0;
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        var indent = at;
        if (at == line.Length)
        {
            return 0;
        }

        // Lists this line is indented into: those whose items began left of its indentation (or at it, for a line that
        // is not itself a new item of a list there).
        var startsItem = line[at] is '-' or '*' or '+' || char.IsAsciiDigit(line[at]);
        listIndents.RemoveAll(i => startsItem ? i >= indent : i > indent);
        var depth = listIndents.Count;
        var openedList = false;
        while (at < line.Length)
        {
            if (line[at] == '>')
            {
                depth++;
                at++;
            }
            else if (line[at] is '-' or '*' or '+' && at + 1 < line.Length && line[at + 1] == ' ')
            {
                depth++;
                openedList |= at == indent;
                at += 2;
            }
            else if (char.IsAsciiDigit(line[at]))
            {
                var digits = at;
                while (digits < line.Length && digits - at < 9 && char.IsAsciiDigit(line[digits]))
                {
                    digits++;
                }

                if (digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
                {
                    depth++;
                    openedList |= at == indent;
                    at = digits + 2;
                }
                else
                {
                    break;
                }
            }
            else if (line[at] is ' ' or '\t')
            {
                at++;
            }
            else
            {
                break;
            }
        }

        if (openedList)
        {
            listIndents.Add(indent);
        }

        return depth;
    }

    /// <summary>
    /// How many emphasis runs are open at most (carried across the lines of a paragraph): a run after a space and before a
    /// word opens, one after a word and before a space closes. <c>*a _b *a _b ... b_ a* b_ a*</c> nests without long runs,
    /// and the renderer spends seconds on it before it gives up.
    /// </summary>
    private static int OpenEmphasis(string line, ref int open)
    {
        var deepest = open;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('*' or '_'))
            {
                continue;
            }

            var start = i;
            while (i + 1 < line.Length && line[i + 1] == line[start])
            {
                i++;
            }

            var before = start == 0 || char.IsWhiteSpace(line[start - 1]);
            var after = i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]);
            if (before && !after)
            {
                deepest = Math.Max(deepest, ++open);
            }
            else if (!before && after && open > 0)
            {
                open--;
            }
        }

        return deepest;
    }

    /// <summary>Bracket nesting (carried across the lines of a paragraph) and the longest run of one emphasis mark.</summary>
    private static (int Brackets, int Run) InlineDepth(string line, ref int brackets)
    {
        var (deepest, run, longest) = (brackets, 0, 0);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
                run = 0;
                continue;
            }

            run = c is '*' or '_' or '~' && i > 0 && line[i - 1] == c ? run + 1 : c is '*' or '_' or '~' ? 1 : 0;
            longest = Math.Max(longest, run);
            if (c == '[')
            {
                deepest = Math.Max(deepest, ++brackets);
            }
            else if (c == ']' && brackets > 0)
            {
                brackets--;
            }
        }

        // A run of marks opens about half as many levels of emphasis as it has marks.
        return (deepest, longest / 2);
    }
}
