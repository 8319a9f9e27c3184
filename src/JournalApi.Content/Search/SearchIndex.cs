using System.Diagnostics;
using JournalApi.Content.Model;
using JournalApi.Content.Search.Indexing;
using JournalApi.Content.Search.Querying;
using JournalApi.Content.Search.Snippets;

namespace JournalApi.Content.Search;

/// <summary>
/// Ranked full-text search over the title, description and body text of a fixed list of posts.
/// Built once per snapshot from its posts in their order (a post's id is its position), then only read:
/// any number of threads may search and highlight at once without locks.
/// </summary>
/// <remarks>
/// Words are split by Unicode's word rules and normalised by Lucene's English filters (lower case, accents folded,
/// stop words dropped, Porter stems), so <c>Reaching</c>, <c>reached</c> and <c>réach</c> are one term. Every word of
/// a query must match (AND); ranking is BM25 per field, weighted title 3, description 2, body 1 (see <see cref="Bm25"/>).
/// </remarks>
public sealed class SearchIndex
{
    /// <summary>Longer queries are refused; callers should validate first and say so to the reader.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Words (in phrases too, stop words aside) beyond this many are ignored and the query is marked truncated.</summary>
    public const int MaxTerms = 20;

    /// <summary>How many terms one <c>prefix*</c> expands to at most, taken in alphabetical order of the words.</summary>
    public const int MaxPrefixExpansions = 64;

    private readonly TermDictionary terms;
    private readonly FieldPostings[] fields;
    private readonly WordOffsets bodyOffsets;
    private readonly SnippetBuilder snippets;

    // By reference: posts are records, and comparing their whole content to find an id would cost more than a snippet.
    private readonly Dictionary<Post, int> ids;
    private readonly IReadOnlyList<Post> posts;

    private SearchIndex(IReadOnlyList<Post> posts, TermDictionary terms, FieldPostings[] fields, WordOffsets bodyOffsets, TimeSpan buildTime,
        bool fromPrevious = false)
    {
        PostCount = posts.Count;
        this.posts = posts;
        IsFromPrevious = fromPrevious;
        this.terms = terms;
        this.fields = fields;
        this.bodyOffsets = bodyOffsets;
        snippets = new SnippetBuilder(fields[(int)SearchField.Body], bodyOffsets);
        ids = new Dictionary<Post, int>(posts.Count, ReferenceEqualityComparer.Instance);
        for (var id = 0; id < posts.Count; id++)
        {
            ids.TryAdd(posts[id], id);
        }

        BuildTime = buildTime;
    }

    /// <summary>Indexes the posts, in parallel; the order given is the id order and breaks ties in ranking.</summary>
    public static SearchIndex Build(IReadOnlyList<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var clock = Stopwatch.StartNew();
        var (terms, fields, bodyOffsets) = SearchIndexBuilder.Build(posts);
        return new SearchIndex(posts, terms, fields, bodyOffsets, clock.Elapsed);
    }

    /// <summary>
    /// Indexes the posts as <see cref="Build(IReadOnlyList{Post})"/> does, taking over what <paramref name="previous"/>
    /// holds for the posts whose file and text are unchanged when few changed (an edit, an added or deleted file): only the
    /// changed posts are split, and the rest is merged and scored again. Searches, rankings and snippets are the same as
    /// a full build's.
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<Post> posts, SearchIndex? previous)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (previous is null)
        {
            return Build(posts);
        }

        var clock = Stopwatch.StartNew();
        return IndexDelta.TryBuild(previous.posts, previous.Parts, posts) is var (terms, fields, bodyOffsets)
            ? new SearchIndex(posts, terms, fields, bodyOffsets, clock.Elapsed, fromPrevious: true)
            : Build(posts);
    }

    /// <summary>Whether this index was made from the one before it rather than built whole.</summary>
    internal bool IsFromPrevious { get; }

    /// <summary>Rebuilds an index from its parts as a snapshot file kept them, for the posts they were built from, in that order.</summary>
    internal static SearchIndex Restore(IReadOnlyList<Post> posts, TermDictionary terms, FieldPostings[] fields, WordOffsets bodyOffsets) =>
        new(posts, terms, fields, bodyOffsets, TimeSpan.Zero);

    /// <summary>The parts <see cref="Restore"/> takes, for writing a snapshot file.</summary>
    internal (TermDictionary Terms, FieldPostings[] Fields, WordOffsets BodyOffsets) Parts => (terms, fields, bodyOffsets);

    public int PostCount { get; }

    /// <summary>Distinct terms (stems) in the index.</summary>
    public int TermCount => terms.Count;

    /// <summary>How long <see cref="Build"/> took, for start-up reports.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>An estimate of the memory the index holds, for the benchmark's report.</summary>
    public long SizeInBytes
    {
        get
        {
            var size = terms.SizeInBytes + bodyOffsets.SizeInBytes + (ids.Count * 24L);
            foreach (var postings in fields)
            {
                size += postings.SizeInBytes;
            }

            return size;
        }
    }

    /// <summary>Reads the query syntax; check <see cref="ParsedQuery.Error"/> before trusting the result.</summary>
    public ParsedQuery Parse(string? query) => SearchQueryParser.Parse(query, terms);

    public SearchResult Search(string? query) => Search(Parse(query));

    /// <summary>The posts meeting every clause, best first; none for a query with an error.</summary>
    public SearchResult Search(ParsedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureOwn(query);
        return QueryEvaluator.Run(query, fields, PostCount);
    }

    /// <summary>
    /// About 180 characters of the post around its best match, from the description or the body text (or the title
    /// when only it matched), as safe HTML: the text escaped, matched words in <c>&lt;mark&gt;</c>, a cut shown by "…".
    /// A post of this index is quoted from its postings in a few microseconds; any other post is read word by word.
    /// </summary>
    public string Highlight(Post post, ParsedQuery query)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(query);
        EnsureOwn(query);
        return snippets.Build(post, ids.TryGetValue(post, out var id) ? id : -1, query);
    }

    /// <summary>
    /// How alike each post's words are to <paramref name="post"/>'s, from 0 to 1, indexed by post id; the post itself
    /// (when it is one of this index's) scores 1. See <see cref="SimilarText"/>.
    /// </summary>
    public float[] Similarity(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var scores = SimilarText.Scores(post, terms, fields, PostCount);
        SimilarText.Normalise(scores, ids.TryGetValue(post, out var id) ? id : -1);
        return scores;
    }

    private void EnsureOwn(ParsedQuery query)
    {
        if (!ReferenceEquals(query.Dictionary, terms))
        {
            throw new ArgumentException("The query was parsed by another index; parse it with this one.", nameof(query));
        }
    }
}
