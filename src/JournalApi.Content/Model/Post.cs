using System.Collections.Immutable;
using System.Text;
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
    // The body's HTML and plain text are most of what a post holds: kept as UTF-8 rather than strings, the heap that
    // 10,000 generated entries keep went from 225 to 121 MB ('stages' in bench/JournalApi.Benchmarks).
    private readonly ReadOnlyMemory<byte> html;
    private readonly ReadOnlyMemory<byte> plainText;

    /// <summary>The body as safe HTML, in UTF-8: what answers write.</summary>
    public ReadOnlyMemory<byte> HtmlUtf8 { get => html; init => html = value; }

    /// <summary>The body as safe HTML. Decoded from <see cref="HtmlUtf8"/> on each call.</summary>
    public string Html { get => Encoding.UTF8.GetString(html.Span); init => html = Encoding.UTF8.GetBytes(value); }

    /// <summary>The plain text of the body, for search, in UTF-8.</summary>
    public ReadOnlyMemory<byte> PlainTextUtf8 { get => plainText; init => plainText = value; }

    /// <summary>The plain text of the body, for search. Decoded from <see cref="PlainTextUtf8"/> on each call.</summary>
    public string PlainText { get => Encoding.UTF8.GetString(plainText.Span); init => plainText = Encoding.UTF8.GetBytes(value); }

    /// <summary>Every front matter key that is not a field of the post, passed through untouched.</summary>
    public required JsonElement Meta { get; init; }

    /// <summary>Path relative to the content folder, '/'-separated.</summary>
    public required string SourcePath { get; init; }

    /// <summary>A hash of the file's text: equal on every replica for the same file.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Whether the slug came from a <c>slug:</c> key rather than the file name.</summary>
    public bool HasExplicitSlug { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Categories: front matter <c>category</c>/<c>categories</c> and Jekyll's folders above <c>_posts</c>, normalised like tags.</summary>
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>The post's page on the writer's site: front matter <c>permalink</c>, else the configured pattern. Starts with '/'.</summary>
    public string PageUrl { get; init; } = "";

    /// <summary>Other paths the post was known by: <c>redirect_from</c> and <c>aliases</c>, each starting with '/'.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The cover image, or null when the entry names none and its body shows none.</summary>
    public CoverImage? Image { get; init; }

    /// <summary>The line of the <c>emotions</c> key, for diagnostics about emotions found after loading.</summary>
    public int? EmotionsLine { get; init; }
}
