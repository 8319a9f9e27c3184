using System.Buffers;
using System.Runtime.CompilerServices;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// Phrases of three words or more (two-word ones go to <see cref="WordPairMatcher"/>): posts holding every word are
/// found by leapfrogging from the rarest word's postings, then the words' positions in each are decoded one after
/// another into one pooled buffer and walked together. The buffer is reused across posts and returned on disposal.
/// </summary>
internal sealed class PhraseMatcher(int words) : IDisposable
{
    private readonly int[] starts = new int[words + 1];
    private readonly int[] cursors = new int[words];
    private int[] buffer = ArrayPool<int>.Shared.Rent(1024);

    /// <summary>
    /// A post meets a phrase when, in one field, its words sit at their offsets from one another. Posts with every word
    /// are found by leapfrogging from the rarest word's postings; positions are decoded only for those.
    /// </summary>
    public static int Match(QueryClause clause, FieldPostings[] fields, int step, int[] met, float[] scores)
    {
        var terms = clause.Terms;
        var newlyMet = 0;
        Span<int> cursor = stackalloc int[terms.Length];
        Span<int> end = stackalloc int[terms.Length];
        using var matcher = new PhraseMatcher(terms.Length);
        foreach (var field in fields)
        {
            var rarest = 0;
            for (var j = 0; j < terms.Length; j++)
            {
                cursor[j] = field.TermStart[terms[j]];
                end[j] = field.TermStart[terms[j] + 1];
                rarest = end[j] - cursor[j] < end[rarest] - cursor[rarest] ? j : rarest;
            }

            var documents = field.Documents;
            for (var i = cursor[rarest]; i < end[rarest]; i++)
            {
                var post = documents[i];
                if (met[post] < step)
                {
                    continue;
                }

                cursor[rarest] = i;
                var present = AdvanceAll(documents, cursor, end, rarest, post);
                if (present < 0)
                {
                    break;
                }

                if (present == 0 || !matcher.Occurs(field, cursor, clause.Offsets))
                {
                    continue;
                }

                if (met[post] == step)
                {
                    met[post] = step + 1;
                    newlyMet++;
                }

                for (var j = 0; j < terms.Length; j++)
                {
                    scores[post] += field.Impacts[cursor[j]];
                }
            }
        }

        return newlyMet;
    }

    /// <summary>Moves every other cursor to the post: 1 when all have it, 0 when one does not, -1 when one ran out.</summary>
    private static int AdvanceAll(int[] documents, Span<int> cursor, Span<int> end, int skip, int post)
    {
        for (var j = 0; j < cursor.Length; j++)
        {
            if (j == skip)
            {
                continue;
            }

            cursor[j] = Advance(documents, cursor[j], end[j], post);
            if (cursor[j] == end[j])
            {
                return -1;
            }

            if (documents[cursor[j]] != post)
            {
                return 0;
            }
        }

        return 1;
    }

    /// <summary>The first posting at or after <paramref name="from"/> whose post is at least <paramref name="post"/> (galloping).</summary>
    private static int Advance(int[] documents, int from, int end, int post)
    {
        // Postings of common words are dense: the post is usually at the cursor or just after it.
        if (from >= end || documents[from] >= post)
        {
            return from;
        }

        if (++from >= end || documents[from] >= post)
        {
            return from;
        }

        var low = from;
        var step = 1;
        while (low + step < end && documents[low + step] < post)
        {
            low += step;
            step <<= 1;
        }

        var high = Math.Min(end, low + step + 1);
        var found = Array.BinarySearch(documents, low + 1, high - low - 1, post);
        return found >= 0 ? found : ~found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Occurs(FieldPostings field, ReadOnlySpan<int> postings, int[] offsets)
    {
        var positionStart = field.PositionStart;
        var needed = 0;
        foreach (var posting in postings)
        {
            // One byte at least per position: the byte length bounds the count.
            needed += positionStart[posting + 1] - positionStart[posting];
        }

        if (buffer.Length < needed)
        {
            ArrayPool<int>.Shared.Return(buffer);
            buffer = ArrayPool<int>.Shared.Rent(needed);
        }

        var decoded = Decode(field.Positions, positionStart, postings, buffer, starts);
        var words = postings.Length;
        for (var j = 1; j < words; j++)
        {
            cursors[j] = starts[j];
        }

        for (var i = 0; i < starts[1]; i++)
        {
            var anchor = decoded[i] - offsets[0];
            var all = true;
            for (var j = 1; j < words && all; j++)
            {
                var target = anchor + offsets[j];
                var cursor = cursors[j];
                var end = starts[j + 1];
                while (cursor < end && decoded[cursor] < target)
                {
                    cursor++;
                }

                if (cursor == end)
                {
                    return false;
                }

                cursors[j] = cursor;
                all = decoded[cursor] == target;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose() => ArrayPool<int>.Shared.Return(buffer);

    /// <summary>Decodes each posting's position gaps (see <see cref="Varint"/>) into absolute positions.</summary>
    private static Span<int> Decode(byte[] positions, int[] positionStart, ReadOnlySpan<int> postings, int[] into, int[] starts)
    {
        var count = 0;
        for (var j = 0; j < postings.Length; j++)
        {
            starts[j] = count;
            var offset = positionStart[postings[j]];
            var end = positionStart[postings[j] + 1];
            var position = 0;
            while (offset < end)
            {
                position += Varint.Read(positions, ref offset);
                into[count++] = position;
            }
        }

        starts[postings.Length] = count;
        return into.AsSpan(0, count);
    }
}
