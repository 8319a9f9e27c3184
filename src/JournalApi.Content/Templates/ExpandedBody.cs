using JournalApi.Content.Model;

namespace JournalApi.Content.Templates;

/// <summary>A body with its templates run: plain Markdown, and a warning for every tag left out or failing.</summary>
public sealed record ExpandedBody(string Markdown, IReadOnlyList<Diagnostic> Diagnostics);
