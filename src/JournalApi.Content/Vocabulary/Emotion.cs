namespace JournalApi.Content.Vocabulary;

/// <summary>One emotion declared in <c>emotions.yml</c>.</summary>
public sealed record Emotion(string Name, string? Parent, IReadOnlyList<string> Aliases, string? Description);
