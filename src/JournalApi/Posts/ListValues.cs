using System.Text;

namespace JournalApi.Posts;

/// <summary>
/// One occurrence of a list parameter read as values: commas separate them, <c>\,</c> is a comma inside a value and
/// <c>\\</c> a backslash; a backslash before anything else stays as written, so that ordinary text never changes.
/// </summary>
public static class ListValues
{
    /// <summary>The values, trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('\\', StringComparison.Ordinal) < 0)
        {
            return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var values = new List<string>();
        var value = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is ',' or '\\')
            {
                value.Append(text[++i]);
            }
            else if (c == ',')
            {
                Add(values, value);
            }
            else
            {
                value.Append(c);
            }
        }

        Add(values, value);
        return values;
    }

    private static void Add(List<string> values, StringBuilder value)
    {
        var trimmed = value.ToString().Trim();
        if (trimmed.Length > 0)
        {
            values.Add(trimmed);
        }

        value.Clear();
    }
}
