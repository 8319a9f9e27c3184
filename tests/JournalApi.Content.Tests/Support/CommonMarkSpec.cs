namespace JournalApi.Content.Tests.Support;

/// <summary>The examples of the CommonMark spec kept in <c>Fixtures/commonmark/spec.txt</c> (see SOURCE.txt there).</summary>
internal static class CommonMarkSpec
{
    private const string Fence = "````````````````````````````````";

    public static IReadOnlyList<SpecExample> Examples { get; } = Read(Fixtures.Text("commonmark/spec.txt"));

    private static List<SpecExample> Read(string spec)
    {
        var examples = new List<SpecExample>();
        var lines = spec.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') && !lines[i].StartsWith("#!", StringComparison.Ordinal))
            {
                section = lines[i].TrimStart('#').Trim();
            }

            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var markdown = new List<string>();
            for (i++; lines[i] != "."; i++)
            {
                markdown.Add(lines[i]);
            }

            var html = new List<string>();
            for (i++; lines[i] != Fence; i++)
            {
                html.Add(lines[i]);
            }

            // The spec writes a tab as '→' so that it can be seen.
            examples.Add(new SpecExample(examples.Count + 1, section, Join(markdown).Replace('→', '\t'), Join(html).Replace('→', '\t')));
        }

        return examples;
    }

    private static string Join(List<string> lines) => lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
}

/// <summary>One example of the spec: its number, section, Markdown and the HTML it must give.</summary>
internal sealed record SpecExample(int Number, string Section, string Markdown, string Html);
