namespace JournalApi.Corpus;

/// <summary>One generated entry: its Jekyll file name (<c>YYYY-MM-DD-slug.md</c>) and its whole text.</summary>
public sealed record CorpusEntry(string FileName, string Text);
