using System.Buffers;
using System.Text;
using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Search.Snippets;

/// <summary>
/// Writes a snippet as safe HTML: about <see cref="TargetLength"/> characters around the matched words, cut at spaces,
/// every character of the post escaped and only our own <c>&lt;mark&gt;</c> tags added around matched words.
/// </summary>
internal static class SnippetHtml
{
    /// <summary>About how long a snippet is, in characters of text.</summary>
    public const int TargetLength = 180;

    // Long words can stretch a window of matches past the snippet; at most this much of it is kept.
    private const int MatchSpan = 140;

    private const char Ellipsis = '…';

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\r\n\u00A0");

    // Every character AppendEscaped does more with than copy: white space, control characters and HTML's five.
    private static readonly SearchValues<char> NotPlain = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '&' or '"' or '\'')]);

    /// <summary>Widens the matched span to about <see cref="TargetLength"/>, a third of the room before it, cut at spaces.</summary>
    public static (int Start, int End) Frame(string text, int matchStart, int matchEnd)
    {
        if (text.Length <= TargetLength + 20)
        {
            return (0, text.Length);
        }

        var windowEnd = Math.Min(matchEnd, matchStart + MatchSpan);
        var room = TargetLength - (windowEnd - matchStart);
        var start = Math.Max(0, matchStart - (room / 3));
        var end = Math.Min(text.Length, start + TargetLength);
        start = Math.Max(0, Math.Min(start, end - TargetLength));
        if (start > 0)
        {
            var space = text.AsSpan(start, matchStart - start).IndexOfAny(Spaces);
            start = space >= 0 ? start + space + 1 : matchStart;
        }

        if (end < text.Length)
        {
            var space = text.AsSpan(windowEnd, end - windowEnd).LastIndexOfAny(Spaces);
            end = space >= 0 ? windowEnd + space : windowEnd;
        }

        return (start, end);
    }

    /// <summary>The text from start to end, escaped, matched words marked, an ellipsis where it was cut.</summary>
    public static string Write(string text, int start, int end, ParsedQuery query)
    {
        var html = new StringBuilder(end - start + 64);
        var piece = text.AsSpan(start, end - start);
        if (start > 0)
        {
            html.Append(Ellipsis);
        }

        var written = 0;
        foreach (var (offset, length) in WordSplitter.Split(piece))
        {
            if (query.ClauseOfWord(piece.Slice(offset, length)) < 0)
            {
                continue;
            }

            AppendEscaped(html, piece[written..offset]);
            html.Append("<mark>");
            AppendEscaped(html, piece.Slice(offset, length));
            html.Append("</mark>");
            written = offset + length;
        }

        AppendEscaped(html, piece[written..]);
        if (end < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    /// <summary>HTML-escapes text content and folds line breaks and runs of white space into single spaces.</summary>
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        var lastWasSpace = html.Length > 0 && html[^1] == ' ';
        while (!text.IsEmpty)
        {
            // Runs of plain characters are copied whole.
            var plain = text.IndexOfAny(NotPlain);
            if (plain != 0)
            {
                html.Append(plain < 0 ? text : text[..plain]);
                lastWasSpace = false;
                if (plain < 0)
                {
                    return;
                }
            }

            var c = text[plain];
            text = text[(plain + 1)..];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    html.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            _ = c switch
            {
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '&' => html.Append("&amp;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ when char.IsControl(c) => html,
                _ => html.Append(c),
            };
        }
    }
}
