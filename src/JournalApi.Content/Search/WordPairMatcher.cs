using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search;

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
        var first = ReadGap(positions, ref a);
        var second = ReadGap(positions, ref b);
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

                first += ReadGap(positions, ref a);
            }
            else
            {
                if (b == bEnd)
                {
                    return false;
                }

                second += ReadGap(positions, ref b);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadGap(byte[] positions, ref int offset)
    {
        int value = positions[offset++];
        if (value < 0x80)
        {
            return value;
        }

        value &= 0x7F;
        var shift = 7;
        int next;
        do
        {
            next = positions[offset++];
            value |= (next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        return value;
    }
}
