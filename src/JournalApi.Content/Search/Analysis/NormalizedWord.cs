namespace JournalApi.Content.Search.Analysis;

/// <summary>A word after folding (what prefixes match) and after stemming (what is indexed; null for a stop word).</summary>
internal readonly record struct NormalizedWord(string Folded, string? Term);
