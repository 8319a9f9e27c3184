using System.Collections.Immutable;
using System.Text.Json;

namespace JournalApi.Content.Model;

/// <summary>One journal entry, parsed, validated and rendered. Immutable.</summary>
public sealed record Post
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required PostDate Date { get; init; }
    public PostDate? Updated { get; init; }
    public required ImmutableArray<string> Tags { get; init; }
    public required ImmutableArray<string> Emotions { get; init; }
    public string? Description { get; init; }
    public required string Excerpt { get; init; }
    public required int WordCount { get; init; }
    public required int ReadingTimeMinutes { get; init; }
    public required string Html { get; init; }

    /// <summary>The plain text of the body, for search.</summary>
    public required string PlainText { get; init; }

    /// <summary>Every front matter key that is not a field of the post, passed through untouched.</summary>
    public required JsonElement Meta { get; init; }

    /// <summary>Path relative to the content folder, '/'-separated.</summary>
    public required string SourcePath { get; init; }

    /// <summary>A hash of the file's text: equal on every replica for the same file.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Whether the slug came from a <c>slug:</c> key rather than the file name.</summary>
    public bool HasExplicitSlug { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>The line of the <c>emotions</c> key, for diagnostics about emotions found after loading.</summary>
    public int? EmotionsLine { get; init; }
}
