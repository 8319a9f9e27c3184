using System.Collections.Concurrent;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// One field's postings of a delta build (see <see cref="IndexDelta"/>): per merged term, the old postings of kept posts
/// and the delta's, interleaved by new post id, positions copied as they are, then every posting scored again. Two passes
/// parallel over ranges of terms, as <see cref="PostingsWriter"/> does over posts: count what each term keeps, then fill.
/// </summary>
internal static class FieldMerge
{
    /// <param name="oldMap">Per old post id, its new id or -1 when it is left out.</param>
    /// <param name="deltaMap">Per delta post id, its new id.</param>
    /// <param name="oldOf">Per merged term, its old id or -1.</param>
    /// <param name="deltaOf">Per merged term, its delta id or -1.</param>
    public static FieldPostings Merge(SearchField field, FieldPostings old, int[] oldMap, FieldPostings delta, int[] deltaMap,
        int[] oldOf, int[] deltaOf, int postCount)
    {
        var termCount = oldOf.Length;
        var termStart = new int[termCount + 1];
        var byteStart = new long[termCount + 1];
        // Partitioner refuses an empty range; one term of no postings stands in for none.
        var ranges = Partitioner.Create(0, Math.Max(1, termCount), Math.Max(256, (termCount / (Environment.ProcessorCount * 8)) + 1));
        Parallel.ForEach(ranges, range =>
        {
            for (var term = range.Item1; term < Math.Min(range.Item2, termCount); term++)
            {
                var (postings, bytes) = (0, 0L);
                if (oldOf[term] >= 0)
                {
                    for (var posting = old.TermStart[oldOf[term]]; posting < old.TermStart[oldOf[term] + 1]; posting++)
                    {
                        if (oldMap[old.Documents[posting]] >= 0)
                        {
                            postings++;
                            bytes += old.PositionStart[posting + 1] - old.PositionStart[posting];
                        }
                    }
                }

                if (deltaOf[term] >= 0)
                {
                    var (first, end) = (delta.TermStart[deltaOf[term]], delta.TermStart[deltaOf[term] + 1]);
                    postings += end - first;
                    bytes += delta.PositionStart[end] - delta.PositionStart[first];
                }

                termStart[term + 1] = postings;
                byteStart[term + 1] = bytes;
            }
        });

        for (var term = 0; term < termCount; term++)
        {
            termStart[term + 1] += termStart[term];
            byteStart[term + 1] += byteStart[term];
            if (byteStart[term + 1] > Array.MaxLength)
            {
                throw new InvalidOperationException("The journal is too large for one search index.");
            }
        }

        var target = new Target(new int[termStart[termCount]], new float[termStart[termCount]], new int[termStart[termCount] + 1],
            new byte[byteStart[termCount]]);
        target.PositionStart[^1] = target.Positions.Length;
        using var lengths = new ThreadLocal<int[]>(() => new int[postCount], trackAllValues: true);
        Parallel.ForEach(ranges, range =>
        {
            var mine = lengths.Value!;
            for (var term = range.Item1; term < Math.Min(range.Item2, termCount); term++)
            {
                Fill(old, oldOf[term], oldMap, delta, deltaOf[term], deltaMap, target, termStart[term], (int)byteStart[term], mine);
            }
        });

        var fieldLengths = new int[postCount];
        foreach (var counted in lengths.Values)
        {
            for (var post = 0; post < postCount; post++)
            {
                fieldLengths[post] += counted[post];
            }
        }

        PostingsWriter.Score(field, fieldLengths, termStart, target.Documents, target.Impacts);
        return new FieldPostings(termStart, target.Documents, target.Impacts, target.PositionStart, target.Positions);
    }

    /// <summary>Writes one term's postings from <paramref name="written"/> on; impacts hold term frequencies until scored.</summary>
    private static void Fill(FieldPostings old, int oldTerm, int[] oldMap, FieldPostings delta, int deltaTerm, int[] deltaMap, Target target,
        int written, int writtenBytes, int[] lengths)
    {
        var (a, endA) = oldTerm >= 0 ? (old.TermStart[oldTerm], old.TermStart[oldTerm + 1]) : (0, 0);
        var (b, endB) = deltaTerm >= 0 ? (delta.TermStart[deltaTerm], delta.TermStart[deltaTerm + 1]) : (0, 0);
        while (a < endA || b < endB)
        {
            var fromOld = a < endA && (b >= endB || oldMap[old.Documents[a]] < deltaMap[delta.Documents[b]]);
            if (fromOld && oldMap[old.Documents[a]] < 0)
            {
                a++;
                continue;
            }

            var source = fromOld ? old : delta;
            var posting = fromOld ? a++ : b++;
            var document = fromOld ? oldMap[old.Documents[posting]] : deltaMap[delta.Documents[posting]];
            var from = source.PositionStart[posting];
            var span = source.Positions.AsSpan(from, source.PositionStart[posting + 1] - from);
            span.CopyTo(target.Positions.AsSpan(writtenBytes));
            var frequency = 0;
            foreach (var octet in span)
            {
                frequency += octet < 0x80 ? 1 : 0;
            }

            target.Documents[written] = document;
            target.PositionStart[written] = writtenBytes;
            target.Impacts[written] = frequency;
            lengths[document] += frequency;
            writtenBytes += span.Length;
            written++;
        }
    }

    private sealed record Target(int[] Documents, float[] Impacts, int[] PositionStart, byte[] Positions);
}
