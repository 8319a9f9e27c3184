using System.Runtime.CompilerServices;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// Two-word phrases, the usual kind, without buffers: the two words' postings are merged, and for each post holding
/// both their position gaps are decoded side by side until the second word is found at its offset after the first.
/// A phrase of two common words checks nearly every post, so this is the costliest loop of any query.
/// </summary>
internal static class WordPairMatcher
{
    /// <summary>Adds the clause to the posts, eligible at this step, where <paramref name="second"/> sits <paramref name="offset"/> after <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Match(int first, int second, int offset, FieldPostings[] fields, int step, int[] met, float[] scores)
    {
        var newlyMet = 0;
        foreach (var field in fields)
        {
            var documents = field.Documents;
            var i = field.TermStart[first];
            var firstEnd = field.TermStart[first + 1];
            var j = field.TermStart[second];
            var secondEnd = field.TermStart[second + 1];
            while (i < firstEnd && j < secondEnd)
            {
                var post = documents[i];
                var other = documents[j];
                if (post != other)
                {
                    i += post < other ? 1 : 0;
                    j += other < post ? 1 : 0;
                    continue;
                }

                if (met[post] >= step && Occurs(field.Positions, field.PositionStart, i, j, offset))
                {
                    if (met[post] == step)
                    {
                        met[post] = step + 1;
                        newlyMet++;
                    }

                    scores[post] += field.Impacts[i] + field.Impacts[j];
                }

                i++;
                j++;
            }
        }

        return newlyMet;
    }

    /// <summary>Whether some position of the second posting is the offset after one of the first; both lists ascend.</summary>
    private static bool Occurs(byte[] positions, int[] positionStart, int firstPosting, int secondPosting, int offset)
    {
        var a = positionStart[firstPosting];
        var aEnd = positionStart[firstPosting + 1];
        var b = positionStart[secondPosting];
        var bEnd = positionStart[secondPosting + 1];
        var first = Varint.Read(positions, ref a);
        var second = Varint.Read(positions, ref b);
        while (true)
        {
            var distance = second - first;
            if (distance == offset)
            {
                return true;
            }

            if (distance > offset)
            {
                if (a == aEnd)
                {
                    return false;
                }

                first += Varint.Read(positions, ref a);
            }
            else
            {
                if (b == bEnd)
                {
                    return false;
                }

                second += Varint.Read(positions, ref b);
            }
        }
    }
}
