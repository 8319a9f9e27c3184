using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// Turns one field's term ids by position into <see cref="FieldPostings"/>, in passes parallel over chunks of posts:
/// count each term's postings and position bytes per chunk, turn the counts into offsets, then let every chunk write
/// its own stretch of each term's postings. Counting first means every array is allocated once at its final size, with
/// no lists to grow and no per-term objects; last, each posting's term frequency becomes its BM25 impact.
/// </summary>
internal static class PostingsWriter
{
    public static FieldPostings Write(SearchField field, ArraySegment<int>[] postsOfField, int[] lengths, int[] remap, int termCount)
    {
        var postCount = postsOfField.Length;
        var chunkCount = Math.Clamp(Environment.ProcessorCount * 4, 1, Math.Max(1, postCount));
        var postingOffsets = new int[chunkCount][];
        var byteOffsets = new int[chunkCount][];
        Parallel.For(0, chunkCount, chunk => (postingOffsets[chunk], byteOffsets[chunk]) = Count(postsOfField, Chunk(chunk, chunkCount, postCount), remap, termCount));

        var termStart = new int[termCount + 1];
        long postings = 0, bytes = 0;
        for (var term = 0; term < termCount; term++)
        {
            termStart[term] = (int)postings;
            // Each chunk's counts become its write offsets in place: chunks fill their own stretch of the term's postings.
            for (var chunk = 0; chunk < chunkCount; chunk++)
            {
                var chunkPostings = postingOffsets[chunk][term];
                var chunkBytes = byteOffsets[chunk][term];
                postingOffsets[chunk][term] = (int)postings;
                byteOffsets[chunk][term] = (int)bytes;
                postings += chunkPostings;
                bytes += chunkBytes;
            }

            if (postings > Array.MaxLength || bytes > Array.MaxLength)
            {
                throw new InvalidOperationException("The journal is too large for one search index.");
            }
        }

        termStart[termCount] = (int)postings;
        var documents = new int[postings];
        var impacts = new float[postings];
        var positionStart = new int[postings + 1];
        var positions = new byte[bytes];
        positionStart[postings] = (int)bytes;
        Parallel.For(0, chunkCount, chunk =>
            Fill(postsOfField, Chunk(chunk, chunkCount, postCount), postingOffsets[chunk], byteOffsets[chunk], documents, impacts, positionStart, positions));

        Score(field, lengths, termStart, documents, impacts);
        return new FieldPostings(termStart, documents, impacts, positionStart, positions);
    }

    private static (int Start, int End) Chunk(int chunk, int chunkCount, int postCount) =>
        ((int)((long)postCount * chunk / chunkCount), (int)((long)postCount * (chunk + 1) / chunkCount));

    /// <summary>Per term, how many postings and position bytes this chunk of posts will write; renumbers ids on the way.</summary>
    private static (int[] Postings, int[] Bytes) Count(ArraySegment<int>[] postsOfField, (int Start, int End) chunk, int[] remap, int termCount)
    {
        var counter = new Counter(remap, new int[termCount], new int[termCount]);
        Walk(postsOfField, chunk, termCount, ref counter);
        return (counter.Postings, counter.Bytes);
    }

    /// <summary>Writes this chunk's postings at the offsets counted for it; impacts hold term frequencies until scored.</summary>
    private static void Fill(ArraySegment<int>[] postsOfField, (int Start, int End) chunk, int[] postingCursor, int[] byteCursor,
        int[] documents, float[] impacts, int[] positionStart, byte[] positions)
    {
        var filler = new Filler(postingCursor, byteCursor, documents, impacts, positionStart, positions);
        Walk(postsOfField, chunk, postingCursor.Length, ref filler);
    }

    /// <summary>
    /// Visits every word of a chunk's posts in order with its term (as <typeparamref name="TVisitor"/> maps it, stored
    /// back in place), whether it is the term's first word in the post, and its gap from the term's previous word there
    /// (the position itself for a first word). A struct visitor keeps the counting and the filling pass one loop without
    /// a call per word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk<TVisitor>(ArraySegment<int>[] postsOfField, (int Start, int End) chunk, int termCount, ref TVisitor visitor)
        where TVisitor : struct, IWordVisitor
    {
        var lastPost = ArrayPool<int>.Shared.Rent(termCount);
        var lastPosition = ArrayPool<int>.Shared.Rent(termCount);
        Array.Fill(lastPost, -1, 0, termCount);
        for (var post = chunk.Start; post < chunk.End; post++)
        {
            var words = postsOfField[post].AsSpan();
            for (var position = 0; position < words.Length; position++)
            {
                if (words[position] < 0)
                {
                    continue;
                }

                var term = words[position] = visitor.Term(words[position]);
                var first = lastPost[term] != post;
                lastPost[term] = post;
                visitor.Visit(post, term, first, first ? position : position - lastPosition[term]);
                lastPosition[term] = position;
            }
        }

        ArrayPool<int>.Shared.Return(lastPost);
        ArrayPool<int>.Shared.Return(lastPosition);
    }

    private interface IWordVisitor
    {
        int Term(int word);

        void Visit(int post, int term, bool firstInPost, int gap);
    }

    private struct Counter(int[] remap, int[] postings, int[] bytes) : IWordVisitor
    {
        public readonly int[] Postings => postings;

        public readonly int[] Bytes => bytes;

        public readonly int Term(int word) => remap[word];

        public readonly void Visit(int post, int term, bool firstInPost, int gap)
        {
            if (firstInPost)
            {
                postings[term]++;
            }

            bytes[term] += Varint.Size(gap);
        }
    }

    private struct Filler(int[] postingCursor, int[] byteCursor, int[] documents, float[] impacts, int[] positionStart, byte[] positions)
        : IWordVisitor
    {
        public readonly int Term(int word) => word;

        public readonly void Visit(int post, int term, bool firstInPost, int gap)
        {
            if (firstInPost)
            {
                var posting = postingCursor[term]++;
                documents[posting] = post;
                positionStart[posting] = byteCursor[term];
            }

            impacts[postingCursor[term] - 1] += 1;
            byteCursor[term] = Varint.Write(positions, byteCursor[term], gap);
        }
    }

    /// <summary>Turns each posting's term frequency into its BM25 impact, so a query only adds precomputed numbers.</summary>
    internal static void Score(SearchField field, int[] fieldLengths, int[] termStart, int[] documents, float[] impacts)
    {
        var postCount = fieldLengths.Length;
        long total = 0;
        foreach (var length in fieldLengths)
        {
            total += length;
        }

        var average = postCount == 0 ? 0f : (float)total / postCount;
        var norms = new float[postCount];
        for (var post = 0; post < postCount; post++)
        {
            norms[post] = Bm25.LengthNorm(fieldLengths[post], average);
        }

        var weight = Bm25.Weight(field);
        var termCount = termStart.Length - 1;
        if (termCount == 0)
        {
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, termCount, Math.Max(256, termCount / (Environment.ProcessorCount * 4) + 1)), range =>
        {
            for (var term = range.Item1; term < range.Item2; term++)
            {
                var start = termStart[term];
                var end = termStart[term + 1];
                var weightedIdf = weight * Bm25.Idf(end - start, postCount);
                for (var posting = start; posting < end; posting++)
                {
                    impacts[posting] = Bm25.Impact(weightedIdf, impacts[posting], norms[documents[posting]]);
                }
            }
        });
    }
}
