using JournalApi.Content.Model;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// A new index made from the last one and a small index of the posts that changed: the changed and deleted posts'
/// postings are left out, the new ones merged in by post id, and every posting scored again from its term frequency
/// (read back from its positions), since the post count, the average field length and a changed term's document
/// frequency move every impact. The result is the index a full build of the same posts makes, array for array, except
/// that spellings of the left-out posts whose term is still indexed stay known (they resolve to what a lookup would find).
/// Only when the unchanged posts keep their relative order and few posts changed; otherwise null, and the caller builds.
/// </summary>
internal static class IndexDelta
{
    private const int FieldCount = 3;

    /// <summary>More changed posts than this and a full build is about as cheap as the merge, and simpler to trust.</summary>
    public const int MaxChangedPosts = 256;

    public static (TermDictionary Terms, FieldPostings[] Fields, WordOffsets BodyOffsets)? TryBuild(
        IReadOnlyList<Post> oldPosts, (TermDictionary Terms, FieldPostings[] Fields, WordOffsets BodyOffsets) old, IReadOnlyList<Post> posts)
    {
        if (Map(oldPosts, posts) is not var (oldMap, added, addedIds, removed))
        {
            return null;
        }

        var delta = SearchIndexBuilder.Build(added);
        var deltaMap = addedIds.ToArray();
        var forms = new FoldedForms(old.Terms);
        var removedForms = removed.Select(post => forms.Of(oldPosts[post])).ToList();
        var alive = AliveTerms(old.Fields, oldMap, old.Terms.Count, removedForms);
        var (terms, oldRemap, deltaRemap, oldOf, deltaOf) = MergeTerms(old.Terms.Parts.Terms, alive, delta.Terms.Parts.Terms);
        if (MergeFolded(oldPosts, old, delta.Terms, forms, removedForms, oldMap, alive, oldRemap, deltaRemap) is not var (folded, foldedTerms))
        {
            return null;
        }

        var spellings = MergeSpellings(old.Terms.Parts.Spellings, oldRemap, delta.Terms.Parts.Spellings, deltaRemap);
        var fields = new FieldPostings[FieldCount];
        Parallel.For(0, FieldCount, field => fields[field] = FieldMerge.Merge((SearchField)field, old.Fields[field], oldMap,
            delta.Fields[field], deltaMap, oldOf, deltaOf, posts.Count));

        var offsets = new int[posts.Count][];
        for (var i = 0; i < oldMap.Length; i++)
        {
            if (oldMap[i] >= 0)
            {
                offsets[oldMap[i]] = old.BodyOffsets.Checkpoints[i];
            }
        }

        for (var i = 0; i < deltaMap.Length; i++)
        {
            offsets[deltaMap[i]] = delta.BodyOffsets.Checkpoints[i];
        }

        return (new TermDictionary(terms, spellings, folded, foldedTerms), fields, new WordOffsets(offsets));
    }

    /// <summary>
    /// Which old post is which new one (same file, same title, description and text), which posts are new or changed,
    /// and which old ones are gone; null when too many changed or the unchanged ones moved relative to each other.
    /// </summary>
    private static (int[] OldMap, List<Post> Added, List<int> AddedIds, List<int> Removed)? Map(IReadOnlyList<Post> oldPosts, IReadOnlyList<Post> posts)
    {
        var oldIds = new Dictionary<string, int>(oldPosts.Count, StringComparer.Ordinal);
        for (var i = 0; i < oldPosts.Count; i++)
        {
            if (!oldIds.TryAdd(oldPosts[i].SourcePath, i))
            {
                return null;
            }
        }

        var oldMap = new int[oldPosts.Count];
        Array.Fill(oldMap, -1);
        var added = new List<Post>();
        var addedIds = new List<int>();
        var lastKept = -1;
        for (var id = 0; id < posts.Count; id++)
        {
            var post = posts[id];
            if (oldIds.TryGetValue(post.SourcePath, out var i) && oldMap[i] < 0 && SameText(oldPosts[i], post))
            {
                if (i < lastKept)
                {
                    return null;
                }

                lastKept = i;
                oldMap[i] = id;
                continue;
            }

            added.Add(post);
            addedIds.Add(id);
            if (added.Count > MaxChangedPosts)
            {
                return null;
            }
        }

        var removed = new List<int>();
        for (var i = 0; i < oldMap.Length; i++)
        {
            if (oldMap[i] < 0)
            {
                removed.Add(i);
            }
        }

        return removed.Count > MaxChangedPosts ? null : (oldMap, added, addedIds, removed);
    }

    // The text as stored (UTF-8): decoding every post's body to compare it cost more than the merge.
    private static bool SameText(Post a, Post b) =>
        string.Equals(a.Title, b.Title, StringComparison.Ordinal) && string.Equals(a.Description ?? "", b.Description ?? "", StringComparison.Ordinal)
        && a.PlainTextUtf8.Span.SequenceEqual(b.PlainTextUtf8.Span);

    /// <summary>
    /// Old terms that keep a posting in some field once the removed posts are left out: all but some of the removed
    /// posts' own terms, which are looked up in their postings.
    /// </summary>
    private static bool[] AliveTerms(FieldPostings[] fields, int[] oldMap, int termCount, List<HashSet<(string Form, int Term)>> removedForms)
    {
        var alive = new bool[termCount];
        Array.Fill(alive, true);
        foreach (var term in removedForms.SelectMany(f => f).Select(f => f.Term).Distinct())
        {
            alive[term] = Holders(fields, term, oldMap).Any();
        }

        return alive;
    }

    /// <summary>The living old terms and the delta's, in ordinal order, with each side's new ids and, per new id, each side's old one.</summary>
    private static (string[] Terms, int[] OldRemap, int[] DeltaRemap, int[] OldOf, int[] DeltaOf) MergeTerms(string[] old, bool[] alive, string[] delta)
    {
        var oldRemap = new int[old.Length];
        var deltaRemap = new int[delta.Length];
        Array.Fill(oldRemap, -1);
        var terms = new List<string>(old.Length + delta.Length);
        var oldOf = new List<int>(old.Length + delta.Length);
        var deltaOf = new List<int>(old.Length + delta.Length);
        int a = 0, b = 0;
        while (a < old.Length || b < delta.Length)
        {
            if (a < old.Length && !alive[a])
            {
                a++;
                continue;
            }

            var order = a >= old.Length ? 1 : b >= delta.Length ? -1 : string.CompareOrdinal(old[a], delta[b]);
            oldOf.Add(order <= 0 ? a : -1);
            deltaOf.Add(order >= 0 ? b : -1);
            if (order <= 0)
            {
                oldRemap[a++] = terms.Count;
            }

            if (order >= 0)
            {
                deltaRemap[b++] = terms.Count;
            }

            terms.Add(order <= 0 ? old[a - 1] : delta[b - 1]);
        }

        return ([.. terms], oldRemap, deltaRemap, [.. oldOf], [.. deltaOf]);
    }

    private static Dictionary<string, int> MergeSpellings(Dictionary<string, int> old, int[] oldRemap, Dictionary<string, int> delta, int[] deltaRemap)
    {
        var spellings = new Dictionary<string, int>(old.Count + delta.Count, StringComparer.Ordinal);
        foreach (var (spelling, id) in old)
        {
            if (id < 0)
            {
                spellings[spelling] = id;
            }
            else if (oldRemap[id] >= 0)
            {
                spellings[spelling] = oldRemap[id];
            }
        }

        foreach (var (spelling, id) in delta)
        {
            spellings[spelling] = id < 0 ? id : deltaRemap[id];
        }

        return spellings;
    }

    /// <summary>
    /// The folded forms a full build would list: the old ones, less those only the removed posts held, plus the delta's.
    /// Whether a removed post's form is still held elsewhere is found by reading the kept posts that have its term, until
    /// one has a word of that form; null when that would read more posts than a changed batch may cost.
    /// </summary>
    private static (string[] Folded, int[] FoldedTerms)? MergeFolded(IReadOnlyList<Post> oldPosts,
        (TermDictionary Terms, FieldPostings[] Fields, WordOffsets BodyOffsets) old, TermDictionary delta, FoldedForms forms,
        List<HashSet<(string Form, int Term)>> removedForms, int[] oldMap, bool[] alive, int[] oldRemap, int[] deltaRemap)
    {
        var (_, _, deltaFolded, deltaFoldedTerms) = delta.Parts;
        var (_, _, oldFolded, oldFoldedTerms) = old.Terms.Parts;
        var held = new HashSet<string>(deltaFolded, StringComparer.Ordinal);
        var gone = new HashSet<string>(StringComparer.Ordinal);
        var scanned = new HashSet<int>();
        foreach (var removedPost in removedForms)
        {
            foreach (var (form, term) in removedPost)
            {
                if (held.Contains(form) || gone.Contains(form))
                {
                    continue;
                }

                if (!alive[term])
                {
                    gone.Add(form);
                    continue;
                }

                foreach (var other in Holders(old.Fields, term, oldMap))
                {
                    if (held.Contains(form))
                    {
                        break;
                    }

                    if (scanned.Add(other))
                    {
                        if (scanned.Count > MaxChangedPosts * 8)
                        {
                            return null;
                        }

                        foreach (var (kept, _) in forms.Of(oldPosts[other]))
                        {
                            held.Add(kept);
                        }
                    }
                }

                if (!held.Contains(form))
                {
                    gone.Add(form);
                }
            }
        }

        var folded = new List<string>(oldFolded.Length + deltaFolded.Length);
        var foldedTerms = new List<int>(oldFolded.Length + deltaFolded.Length);
        int a = 0, b = 0;
        while (a < oldFolded.Length || b < deltaFolded.Length)
        {
            if (a < oldFolded.Length && (gone.Contains(oldFolded[a]) || oldRemap[oldFoldedTerms[a]] < 0))
            {
                a++;
                continue;
            }

            var order = a >= oldFolded.Length ? 1 : b >= deltaFolded.Length ? -1 : string.CompareOrdinal(oldFolded[a], deltaFolded[b]);
            folded.Add(order <= 0 ? oldFolded[a] : deltaFolded[b]);
            foldedTerms.Add(order <= 0 ? oldRemap[oldFoldedTerms[a]] : deltaRemap[deltaFoldedTerms[b]]);
            a += order <= 0 ? 1 : 0;
            b += order >= 0 ? 1 : 0;
        }

        return ([.. folded], [.. foldedTerms]);
    }

    /// <summary>The kept posts (old ids) with a posting of the term in any field.</summary>
    private static IEnumerable<int> Holders(FieldPostings[] fields, int term, int[] oldMap)
    {
        foreach (var postings in fields)
        {
            for (var posting = postings.TermStart[term]; posting < postings.TermStart[term + 1]; posting++)
            {
                if (oldMap[postings.Documents[posting]] >= 0)
                {
                    yield return postings.Documents[posting];
                }
            }
        }
    }
}
