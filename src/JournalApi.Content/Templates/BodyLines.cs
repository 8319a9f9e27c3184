namespace JournalApi.Content.Templates;

/// <summary>The file line of a position in a body.</summary>
internal sealed class BodyLines(string body, int firstLine)
{
    public int LineAt(int index) => firstLine + body.AsSpan(0, Math.Clamp(index, 0, body.Length)).Count('\n');
}
