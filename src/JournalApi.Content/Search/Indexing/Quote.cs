namespace JournalApi.Content.Search.Indexing;

/// <summary>Decoded text of part of a body, and where the quoted words start and end in it.</summary>
internal readonly record struct Quote(string Text, int Start, int End);
