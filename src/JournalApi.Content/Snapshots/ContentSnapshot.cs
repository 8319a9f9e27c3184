using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using JournalApi.Content.Addresses;
using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Snapshots;

/// <summary>
/// Everything one load produced: the visible posts, newest first, with their indexes, and every diagnostic.
/// Built once and never changed; requests only read it, so it needs no locks.
/// </summary>
public sealed partial class ContentSnapshot
{
    // A plain dictionary: freezing 10,000 slugs took longer than an edit can wait, for no measurable gain in look-ups.
    private readonly Dictionary<string, int> positionBySlug;
    private readonly Dictionary<string, int[]> byTag;
    private readonly Dictionary<string, int[]> byEmotion;
    private readonly Dictionary<string, int[]> byCategory;
    // Pages and aliases in PageUrls.Key form; built on the first look-up by URL.
    private readonly Lazy<Dictionary<string, int>> positionByUrl;
    // Built on the first sort by title: ordering 10,000 titles took a tenth of building a snapshot, at start-up and on every edit.
    private readonly Lazy<int[]> titleRank;
    private readonly Lazy<SearchIndex> searchIndex;
    private readonly Lazy<FrozenDictionary<string, int[]>> byEmotionWithDescendants;
    private readonly Lazy<FacetCounter> facetCounter;
    // The index the search index is to be made from (see SearchIndex.Build), until it is made.
    private SearchIndex? baseIndex;

    /// <param name="visiblePosts">The posts to serve.</param>
    /// <param name="diagnostics">Every diagnostic.</param>
    /// <param name="builtAt">When it was built.</param>
    /// <param name="vocabulary">The emotion vocabulary, when emotions.yml declares one.</param>
    /// <param name="keptIndex">
    /// A search index kept in a snapshot file, asked for (in place of a build) when the index is first needed; it answers
    /// null when it was made for other posts than <see cref="Posts"/>, and the index is then built.
    /// </param>
    /// <param name="previous">
    /// The snapshot this one replaces, if any: when every post keeps its place, slug, date, tags, emotions and categories
    /// (an edit of a body or a title, the usual save) and the vocabulary is the same, its postings and counts, which depend
    /// on nothing else, are taken over instead of built again.
    /// </param>
    public ContentSnapshot(IEnumerable<Post> visiblePosts, IEnumerable<Diagnostic> diagnostics, DateTimeOffset builtAt,
        EmotionVocabulary? vocabulary = null, Func<IReadOnlyList<Post>, SearchIndex?>? keptIndex = null, ContentSnapshot? previous = null)
    {
        Vocabulary = vocabulary ?? EmotionVocabulary.Open;
        var visible = visiblePosts as IReadOnlyList<Post> ?? [.. visiblePosts];
        Posts = (previous is null ? null : InPlacesOf(previous, visible)) ?? Ordered(visible);
        Diagnostics = [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
        BuiltAt = builtAt;
        positionByUrl = new(IndexUrls, LazyThreadSafetyMode.ExecutionAndPublication);
        titleRank = new(() => Rank(Posts), LazyThreadSafetyMode.ExecutionAndPublication);
        // Only a built index is taken over, by itself, so the previous snapshot is not kept alive by this one: the previous
        // snapshot's own, or, when edits came faster than it was built, the one that snapshot would have started from.
        baseIndex = previous is null ? null : previous.IsSearchIndexBuilt ? previous.SearchIndex : previous.baseIndex;
        searchIndex = new(() =>
        {
            var index = keptIndex?.Invoke(Posts) ?? SearchIndex.Build(Posts, baseIndex);
            baseIndex = null;
            return index;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        if (previous is not null && HasSamePlaces(previous))
        {
            // Positions mean the same posts with the same values: everything made from positions, values and dates holds.
            (positionBySlug, byTag, byEmotion, byCategory) = (previous.positionBySlug, previous.byTag, previous.byEmotion, previous.byCategory);
            (Tags, Emotions, Categories, Archive, EmotionTree) = (previous.Tags, previous.Emotions, previous.Categories, previous.Archive, previous.EmotionTree);
            Version = ComputeVersion();
            // Taken over only once built: a lazy that is not would keep the snapshot it belongs to, and its search index, alive.
            byEmotionWithDescendants = previous.byEmotionWithDescendants.IsValueCreated
                ? new(previous.byEmotionWithDescendants.Value)
                : new(BuildEmotionPostings, LazyThreadSafetyMode.ExecutionAndPublication);
            facetCounter = previous.facetCounter.IsValueCreated
                ? new(previous.facetCounter.Value)
                : new(BuildFacetCounter, LazyThreadSafetyMode.ExecutionAndPublication);
            return;
        }

        positionBySlug = new Dictionary<string, int>(Posts.Count, StringComparer.Ordinal);
        for (var i = 0; i < Posts.Count; i++)
        {
            positionBySlug[Posts[i].Slug] = i;
        }

        byTag = Invert(p => p.Tags);
        byEmotion = Invert(p => p.Emotions);
        byCategory = Invert(p => p.Categories);
        Tags = Count(byTag);
        Emotions = Count(byEmotion);
        Categories = Count(byCategory);
        Archive = CountByMonth(Posts);
        EmotionTree = BuildEmotionTree();
        Version = ComputeVersion();
        byEmotionWithDescendants = new(BuildEmotionPostings, LazyThreadSafetyMode.ExecutionAndPublication);
        facetCounter = new(BuildFacetCounter, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private FrozenDictionary<string, int[]> BuildEmotionPostings() =>
        EmotionTree.ToFrozenDictionary(e => e.Name, e => EmotionPostings(e.Name, expand: true), StringComparer.Ordinal);

    private FacetCounter BuildFacetCounter() => new(Posts, byTag, byEmotion, byEmotionWithDescendants.Value, byCategory);

    /// <summary>Newest first, ties by slug.</summary>
    private static Post[] Ordered(IReadOnlyList<Post> posts)
    {
        // Array.Sort with one comparison: LINQ's two-key ordering took several times as long on every edit. (Ties keep the
        // order given, as LINQ's stable ordering did.)
        var ordered = posts.Select((p, i) => (Post: p, Index: i)).ToArray();
        Array.Sort(ordered, static (a, b) => b.Post.Date.CompareTo(a.Post.Date) is var c and not 0 ? c
            : string.CompareOrdinal(a.Post.Slug, b.Post.Slug) is var d and not 0 ? d : a.Index.CompareTo(b.Index));
        return Array.ConvertAll(ordered, o => o.Post);
    }

    /// <summary>
    /// The posts in the order of <paramref name="previous"/> when each one has the slug and date of a distinct post there
    /// (then the order by date and slug is the same, found with a look-up per post instead of a sort); null otherwise.
    /// </summary>
    private static Post[]? InPlacesOf(ContentSnapshot previous, IReadOnlyList<Post> posts)
    {
        if (posts.Count != previous.Posts.Count)
        {
            return null;
        }

        var placed = new Post[posts.Count];
        foreach (var post in posts)
        {
            if (!previous.positionBySlug.TryGetValue(post.Slug, out var i) || placed[i] is not null || previous.Posts[i].Date != post.Date)
            {
                return null;
            }

            placed[i] = post;
        }

        return placed;
    }

    /// <summary>
    /// Whether every position holds a post with the same slug, date, tags, emotions and categories as in
    /// <paramref name="previous"/>, under the same vocabulary: what the postings, counts and facets are made of.
    /// </summary>
    private bool HasSamePlaces(ContentSnapshot previous)
    {
        if (!ReferenceEquals(previous.Vocabulary, Vocabulary) || previous.Posts.Count != Posts.Count)
        {
            return false;
        }

        for (var i = 0; i < Posts.Count; i++)
        {
            var (was, now) = (previous.Posts[i], Posts[i]);
            if (!ReferenceEquals(was, now) && (was.Slug != now.Slug || was.Date != now.Date || was.Date.Moment.Offset != now.Date.Moment.Offset || !SameValues(was.Tags, now.Tags) ||
                !SameValues(was.Emotions, now.Emotions) || !SameValues(was.Categories, now.Categories)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValues(System.Collections.Immutable.ImmutableArray<string> a, System.Collections.Immutable.ImmutableArray<string> b) =>
        a.AsSpan().SequenceEqual(b.AsSpan());

    /// <summary>Visible posts, newest first (ties by slug).</summary>
    public IReadOnlyList<Post> Posts { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The emotion vocabulary this snapshot was built with (open when there is no emotions.yml).</summary>
    public EmotionVocabulary Vocabulary { get; }

    /// <summary>A hash of what is served: equal for equal content, on every replica.</summary>
    public string Version { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>Every tag, most used first (ties by name).</summary>
    public IReadOnlyList<TermCount> Tags { get; }

    /// <summary>Every emotion, most used first (ties by name).</summary>
    public IReadOnlyList<TermCount> Emotions { get; }

    /// <summary>Every category, most used first (ties by name).</summary>
    public IReadOnlyList<TermCount> Categories { get; }

    /// <summary>Post counts by year and month, latest first.</summary>
    public IReadOnlyList<YearCount> Archive { get; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>
    /// The full-text index of <see cref="Posts"/> (ids are positions). Built on first use, once, by whichever thread
    /// asks first while the others wait: a new snapshot is served at once and searches follow when the index is ready.
    /// </summary>
    public SearchIndex SearchIndex => searchIndex.Value;

    public bool IsSearchIndexBuilt => searchIndex.IsValueCreated;

    public Post? Find(string slug) => positionBySlug.TryGetValue(slug, out var i) ? Posts[i] : null;

    /// <summary>
    /// The post whose page or one of whose aliases is <paramref name="path"/> (compared as <see cref="PageUrls.Key"/>:
    /// /a/b/, /a/b and /a/b.html alike). A page wins over an alias; between two posts, the newer.
    /// </summary>
    public Post? FindByUrl(string path) => positionByUrl.Value.TryGetValue(PageUrls.Key(path), out var i) ? Posts[i] : null;

    private Dictionary<string, int> IndexUrls()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Posts.Count; i++)
        {
            index.TryAdd(PageUrls.Key(Posts[i].PageUrl), i);
        }

        for (var i = 0; i < Posts.Count; i++)
        {
            foreach (var alias in Posts[i].Aliases)
            {
                index.TryAdd(PageUrls.Key(alias), i);
            }
        }

        return index;
    }

    // Plain dictionaries, as for slugs: freezing every tag's postings cost more on each edit than look-ups ever gain back.
    private Dictionary<string, int[]> Invert(Func<Post, IEnumerable<string>> terms)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Posts.Count; i++)
        {
            foreach (var term in terms(Posts[i]))
            {
                if (!index.TryGetValue(term, out var list))
                {
                    index[term] = list = [];
                }

                list.Add(i);
            }
        }

        var postings = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var (term, positions) in index)
        {
            postings[term] = [.. positions];
        }

        return postings;
    }

    private IReadOnlyList<TermCount> Count(Dictionary<string, int[]> index) =>
        [.. index.Select(kv => new TermCount(kv.Key, kv.Value.Length, Posts[kv.Value[0]].Date))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)];

    private static List<YearCount> CountByMonth(IReadOnlyList<Post> posts) =>
        [.. posts.GroupBy(p => p.Date.Day.Year).OrderByDescending(g => g.Key)
            .Select(year => new YearCount(year.Key, year.Count(),
                [.. year.GroupBy(p => p.Date.Day.Month).OrderByDescending(m => m.Key).Select(m => new MonthCount(m.Key, m.Count()))]))];

    private static int[] Rank(IReadOnlyList<Post> posts)
    {
        var order = Enumerable.Range(0, posts.Count)
            .OrderBy(i => posts[i].Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => posts[i].Slug, StringComparer.Ordinal).ToArray();
        var rank = new int[posts.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }

    private string ComputeVersion()
    {
        // Hashed as it is written out, a line at a time: one string of every post took three copies of a megabyte per edit.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        var bytes = new byte[1024];
        void Add()
        {
            var chars = line.ToString();
            var count = Encoding.UTF8.GetByteCount(chars);
            if (count > bytes.Length)
            {
                bytes = new byte[Math.Max(count, bytes.Length * 2)];
            }

            hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(chars, bytes));
            line.Clear();
        }

        foreach (var post in Posts)
        {
            // The emotions as served, not as written: a change to emotions.yml changes what is shown.
            line.Append(post.Slug).Append('\0').Append(post.ContentHash).Append('\0').Append(post.PageUrl).Append('\0').AppendJoin(',', post.Emotions).Append('\n');
            Add();
        }

        foreach (var emotion in Vocabulary.Emotions)
        {
            line.Append(emotion.Name).Append('<').Append(emotion.Parent).Append('=').AppendJoin(',', emotion.Aliases)
                .Append(':').Append(emotion.Description).Append('\n');
            Add();
        }

        foreach (var diagnostic in Diagnostics)
        {
            line.Append(diagnostic).Append('\n');
            Add();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
