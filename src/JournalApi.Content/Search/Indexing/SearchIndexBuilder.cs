using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using JournalApi.Content.Model;
using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// Builds an index in two stages, each parallel over posts: split every field into words and resolve each to a term id
/// (Lucene's filters run once per distinct spelling, a per-thread table answers the millions of repeats), then
/// number the terms in ordinal order and hand each field's ids to <see cref="PostingsWriter"/>. The body's word
/// offsets are noted on the way (one in <see cref="WordOffsets.Every"/>) so that highlighting can find a word by position.
/// </summary>
internal sealed class SearchIndexBuilder
{
    private const int FieldCount = 3;
    private const int PostsPerTask = 32;

    private readonly IReadOnlyList<Post> posts;
    private readonly ConcurrentDictionary<string, int> spellings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> provisionalIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> foldedForms = new(StringComparer.Ordinal);

    // Per field, per post: the term id at each word position, or StopWord where nothing is indexed (in SplitState's slabs).
    private readonly ArraySegment<int>[][] tokens;
    private readonly int[][] lengths;
    private readonly int[][] bodyOffsets;
    private int lastProvisionalId = -1;

    private SearchIndexBuilder(IReadOnlyList<Post> posts)
    {
        this.posts = posts;
        tokens = new ArraySegment<int>[FieldCount][];
        lengths = new int[FieldCount][];
        bodyOffsets = new int[posts.Count][];
        for (var field = 0; field < FieldCount; field++)
        {
            tokens[field] = new ArraySegment<int>[posts.Count];
            lengths[field] = new int[posts.Count];
        }
    }

    public static (TermDictionary Terms, FieldPostings[] Fields, WordOffsets BodyOffsets) Build(IReadOnlyList<Post> posts)
    {
        var builder = new SearchIndexBuilder(posts);
        if (posts.Count > 0)
        {
            builder.SplitAll();
        }

        var (dictionary, remap) = builder.SortTerms();
        var fields = new FieldPostings[FieldCount];
        for (var field = 0; field < FieldCount; field++)
        {
            fields[field] = PostingsWriter.Write((SearchField)field, builder.tokens[field], builder.lengths[field], remap, dictionary.Count);

            // The ids are not needed past their field's postings; let the collector have them before the next field.
            builder.tokens[field] = [];
        }

        return (dictionary, fields, new WordOffsets(builder.bodyOffsets));
    }

    private void SplitAll()
    {
        // One state per thread, not per task: the parallel loop starts many short tasks, and each slab is a megabyte.
        using var states = new ThreadLocal<SplitState>(() => new SplitState());
        Parallel.ForEach(Partitioner.Create(0, posts.Count, PostsPerTask), range =>
        {
            var state = states.Value!;
            for (var post = range.Item1; post < range.Item2; post++)
            {
                Split(SearchField.Title, post, posts[post].Title, state);
                Split(SearchField.Description, post, posts[post].Description ?? "", state);
                Split(SearchField.Body, post, posts[post].PlainText, state);
            }
        });
    }

    // The hottest loop of the build: optimised from the first call, since start-up is when it runs.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Split(SearchField field, int post, string text, SplitState state)
    {
        var buffer = state.Buffer;
        var count = 0;
        var indexed = 0;
        // Body checkpoints are UTF-8 byte offsets (snippets decode from the stored UTF-8): the bytes of the text up to
        // each one are counted as the split passes it.
        var counted = 0;
        var bytes = 0;
        foreach (var (start, length) in WordSplitter.Split(text))
        {
            var id = TermDictionary.StopWord;
            if (length <= WordSplitter.MaxWordLength)
            {
                var word = text.AsSpan(start, length);
                if (!state.Known.TryGetValue(word, out id))
                {
                    var spelling = word.ToString();
                    id = AddSpelling(spelling);
                    state.Known.Add(spelling, id);
                }
            }

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                state.Buffer = buffer;
            }

            if (field == SearchField.Body && count % WordOffsets.Every == 0)
            {
                bytes += Encoding.UTF8.GetByteCount(text.AsSpan(counted, start - counted));
                counted = start;
                state.Offsets.Add(bytes);
            }

            buffer[count++] = id;
            indexed += id >= 0 ? 1 : 0;
        }

        tokens[(int)field][post] = state.Keep(buffer.AsSpan(0, count));
        lengths[(int)field][post] = indexed;
        if (field == SearchField.Body)
        {
            bodyOffsets[post] = [.. state.Offsets];
            state.Offsets.Clear();
        }
    }

    private int AddSpelling(string word)
    {
        if (spellings.TryGetValue(word, out var known))
        {
            return known;
        }

        var normalized = TermNormalizer.Normalize(word);
        var id = TermDictionary.StopWord;
        if (normalized.Term is { } term)
        {
            // Two threads may race to add a term; the loser's id is simply never used, and SortTerms renumbers anyway.
            id = provisionalIds.GetOrAdd(term, static (_, builder) => Interlocked.Increment(ref builder.lastProvisionalId), this);
            foldedForms.TryAdd(normalized.Folded, id);
        }

        spellings.TryAdd(word, id);
        return id;
    }

    /// <summary>Final ids follow the ordinal order of the terms, so results never depend on which thread met a word first.</summary>
    private (TermDictionary Dictionary, int[] Remap) SortTerms()
    {
        var terms = provisionalIds.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var remap = new int[lastProvisionalId + 1];
        for (var id = 0; id < terms.Length; id++)
        {
            remap[provisionalIds[terms[id]]] = id;
        }

        var known = new Dictionary<string, int>(spellings.Count, StringComparer.Ordinal);
        foreach (var (spelling, id) in spellings)
        {
            known[spelling] = id >= 0 ? remap[id] : TermDictionary.StopWord;
        }

        var folded = foldedForms.Keys.ToArray();
        Array.Sort(folded, StringComparer.Ordinal);
        var foldedTerms = new int[folded.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            foldedTerms[i] = remap[foldedForms[folded[i]]];
        }

        return (new TermDictionary(terms, known, folded, foldedTerms), remap);
    }
}
