namespace JournalApi.Corpus;

/// <summary>What an entry's front matter says, drawn before its body; <see cref="Nouns"/> feed the body's headings.</summary>
internal sealed record EntryHead(string Title, string Slug, DateOnly Date, string[] Tags, string[] Emotions, string[] Nouns);
