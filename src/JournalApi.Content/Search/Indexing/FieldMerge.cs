namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// One field's postings of a delta build (see <see cref="IndexDelta"/>): per merged term, the old postings of kept posts
/// and the delta's, interleaved by new post id, positions copied as they are, then every posting scored again.
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
        long postings = delta.Documents.Length, bytes = delta.Positions.Length;
        for (var posting = 0; posting < old.Documents.Length; posting++)
        {
            if (oldMap[old.Documents[posting]] >= 0)
            {
                postings++;
                bytes += old.PositionStart[posting + 1] - old.PositionStart[posting];
            }
        }

        if (postings > Array.MaxLength || bytes > Array.MaxLength)
        {
            throw new InvalidOperationException("The journal is too large for one search index.");
        }

        var termStart = new int[oldOf.Length + 1];
        var documents = new int[postings];
        var impacts = new float[postings];
        var positionStart = new int[postings + 1];
        var positions = new byte[bytes];
        var lengths = new int[postCount];
        int written = 0, writtenBytes = 0;
        for (var term = 0; term < oldOf.Length; term++)
        {
            termStart[term] = written;
            var (a, endA) = oldOf[term] >= 0 ? (old.TermStart[oldOf[term]], old.TermStart[oldOf[term] + 1]) : (0, 0);
            var (b, endB) = deltaOf[term] >= 0 ? (delta.TermStart[deltaOf[term]], delta.TermStart[deltaOf[term] + 1]) : (0, 0);
            while (a < endA || b < endB)
            {
                if (a < endA && oldMap[old.Documents[a]] < 0)
                {
                    a++;
                    continue;
                }

                var fromOld = b >= endB || (a < endA && oldMap[old.Documents[a]] < deltaMap[delta.Documents[b]]);
                var (source, posting, document) = fromOld ? (old, a++, oldMap[old.Documents[a - 1]]) : (delta, b++, deltaMap[delta.Documents[b - 1]]);
                var from = source.PositionStart[posting];
                var span = source.Positions.AsSpan(from, source.PositionStart[posting + 1] - from);
                span.CopyTo(positions.AsSpan(writtenBytes));
                var frequency = 0;
                foreach (var octet in span)
                {
                    frequency += octet < 0x80 ? 1 : 0;
                }

                documents[written] = document;
                positionStart[written] = writtenBytes;
                impacts[written] = frequency;
                lengths[document] += frequency;
                writtenBytes += span.Length;
                written++;
            }
        }

        termStart[oldOf.Length] = written;
        positionStart[written] = writtenBytes;
        PostingsWriter.Score(field, lengths, termStart, documents, impacts);
        return new FieldPostings(termStart, documents, impacts, positionStart, positions);
    }
}
