using JournalApi.Content.Model;

namespace JournalApi.Content.Loading;

/// <summary>What loading one file gives: a post unless an error kept it out, and every diagnostic.</summary>
/// <param name="Path">The file's relative path.</param>
/// <param name="Post">The post, unless an error kept it out.</param>
/// <param name="Diagnostics">Every diagnostic of the file.</param>
/// <param name="IsDraft">Whether its front matter, as far as it was read, marks it a draft: a draft's diagnostics are not public.</param>
public sealed record EntryResult(string Path, Post? Post, IReadOnlyList<Diagnostic> Diagnostics, bool IsDraft = false);
