using JournalApi.Content.FrontMatter;
using JournalApi.Content.Model;

namespace JournalApi.Content.Vocabulary;

/// <summary>
/// Reads <c>emotions.yml</c>: <c>emotions: [{ name, parent, aliases, description }]</c>. It is parsed with the
/// same bounded YAML reader as front matter. A duplicate, an unknown parent or a cycle is an error.
/// </summary>
public static class VocabularyReader
{
    public const string FileName = "emotions.yml";

    public static (EmotionVocabulary? Vocabulary, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var (fields, problem) = FrontMatterParser.Parse(FileName, new SplitEntry(text, 1, "", 0));
        if (fields is null)
        {
            // Whatever the YAML problem, it is a broken vocabulary: the code that stops start-up.
            return (null, [problem! with { Code = DiagnosticCodes.VocabularyInvalid }]);
        }

        var diagnostics = new List<Diagnostic>();
        if (fields.FirstOrDefault(f => f.Key == "emotions")?.Value is not YamlSequence list)
        {
            return (null, [Error(1, null, "emotions.yml must hold 'emotions:' followed by a list of { name, parent, aliases, description }.")]);
        }

        var emotions = new List<Emotion>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (Read(item, diagnostics) is not { } emotion)
            {
                continue;
            }

            foreach (var term in emotion.Aliases.Prepend(emotion.Name))
            {
                if (!seen.TryAdd(term, item.Line))
                {
                    diagnostics.Add(Error(item.Line, "name", $"'{term}' is declared twice (first on line {seen[term]})."));
                }
            }

            emotions.Add(emotion);
        }

        var names = emotions.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var emotion in emotions.Where(e => e.Parent is not null && !names.Contains(e.Parent)))
        {
            diagnostics.Add(Error(null, "parent", $"'{emotion.Name}' has the parent '{emotion.Parent}', which is not declared."));
        }

        foreach (var emotion in emotions.Where(e => InCycle(e, emotions)))
        {
            diagnostics.Add(Error(null, "parent", $"'{emotion.Name}' is its own ancestor: the parents form a cycle."));
        }

        return diagnostics.Count > 0 ? (null, diagnostics) : (new EmotionVocabulary(emotions), []);
    }

    private static Emotion? Read(YamlValue item, List<Diagnostic> diagnostics)
    {
        if (item is not YamlMapping mapping)
        {
            diagnostics.Add(Error(item.Line, null, "Each emotion must be a mapping such as { name: grief, parent: sadness }."));
            return null;
        }

        string? Text(string key) => FieldValues.Text(mapping.Fields.FirstOrDefault(f => f.Key == key)?.Value) is { } t ? FieldValues.NormaliseTerm(t) : null;
        var name = Text("name");
        if (name is null || !FieldValues.IsValidTerm(name))
        {
            diagnostics.Add(Error(item.Line, "name", "An emotion needs a 'name' of 1 to 50 characters."));
            return null;
        }

        var aliases = FieldValues.Terms(mapping.Fields.FirstOrDefault(f => f.Key == "aliases")?.Value);
        var description = FieldValues.Text(mapping.Fields.FirstOrDefault(f => f.Key == "description")?.Value)?.Trim();
        return new Emotion(name, Text("parent"), aliases, description);
    }

    private static bool InCycle(Emotion start, List<Emotion> emotions)
    {
        var parents = emotions.GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.First().Parent, StringComparer.Ordinal);
        var current = start.Parent;
        for (var steps = 0; current is not null && steps <= emotions.Count; steps++)
        {
            if (current == start.Name)
            {
                return true;
            }

            current = parents.GetValueOrDefault(current);
        }

        return false;
    }

    private static Diagnostic Error(int? line, string? field, string message) =>
        new(FileName, line, line is null ? null : 1, DiagnosticSeverity.Error, DiagnosticCodes.VocabularyInvalid, field, message,
            "Fix emotions.yml; until then the last valid vocabulary (or none) is used.");
}
