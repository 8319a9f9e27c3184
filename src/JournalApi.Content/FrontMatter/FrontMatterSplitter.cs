using JournalApi.Content.Model;

namespace JournalApi.Content.FrontMatter;

/// <summary>
/// Splits front matter from the body. The opening <c>---</c> must be line 1; the block closes at the
/// next <c>---</c> or <c>...</c> line (Jekyll accepts both). TOML front matter opens and closes with <c>+++</c> (Hugo).
/// A file whose name carries a date (<c>2025-07-09-name.md</c>) may have no front matter at all: it is all body, with a
/// warning. CRLF endings are accepted.
/// </summary>
public static class FrontMatterSplitter
{
    public static (SplitEntry? Entry, Diagnostic? Problem) Split(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Error(path, 1, DiagnosticCodes.EmptyFile, "The file is empty.",
                "Start it with front matter: a '---' line, 'title:' and 'date:', and a closing '---' line."));
        }

        var firstLineEnd = LineEnd(text, 0, out var next);
        var firstLine = text[..firstLineEnd].TrimEnd();
        if (firstLine != "---" && firstLine != "+++")
        {
            if (EntryFileName.OfPath(path).Date is not null)
            {
                return (new SplitEntry("", 1, text, 1, Notice: new Diagnostic(path, 1, 1, DiagnosticSeverity.Warning, DiagnosticCodes.NoFrontMatter, null,
                    "The file has no front matter; it is served with the date and a title made from its name.",
                    "Add a '---' line, 'title:' and a closing '---' line at the top to give it a title of your own.")), null);
            }

            return (null, Error(path, 1, DiagnosticCodes.NoFrontMatter,
                "The file does not start with front matter: line 1 must be '---'.",
                "Add a '---' line, the fields (title, date, tags, emotions, description) and a closing '---' line at the top."));
        }

        var toml = firstLine == "+++";
        var line = 2;
        var yamlStart = next;
        for (var start = next; start < text.Length; start = next, line++)
        {
            var end = LineEnd(text, start, out next);
            var content = text.AsSpan(start, end - start).TrimEnd();
            if (toml ? content is "+++" : content is "---" or "...")
            {
                var yaml = text[yamlStart..start];
                return (new SplitEntry(yaml, 2, text[next..], line + 1, toml), null);
            }
        }

        return (null, Error(path, 1, DiagnosticCodes.UnterminatedFrontMatter,
            "The front matter opened on line 1 is never closed.", $"Add a '{(toml ? "+++" : "---")}' line after the last field."));
    }

    /// <summary>The index where the line starting at <paramref name="start"/> ends (before CR/LF); <paramref name="next"/> is where the following line starts.</summary>
    private static int LineEnd(string text, int start, out int next)
    {
        var newline = text.IndexOf('\n', start);
        if (newline < 0)
        {
            next = text.Length;
            return text.Length;
        }

        next = newline + 1;
        return newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private static Diagnostic Error(string path, int line, string code, string message, string suggestion) =>
        new(path, line, 1, DiagnosticSeverity.Error, code, null, message, suggestion);
}
