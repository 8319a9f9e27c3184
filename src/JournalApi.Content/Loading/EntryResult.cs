using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>What loading one file gives: a post unless an error kept it out, and every diagnostic.</summary>
public sealed record EntryResult(string Path, Post? Post, IReadOnlyList<Diagnostic> Diagnostics);
