using System.Buffers;

namespace JournalApi.Content.Search.Querying;

/// <summary>
/// Orders matches by descending score, ties by ascending id. A full order uses a stable radix sort on the score's bits
/// (a broad query matches nearly every post, and four linear passes beat a comparison sort); a first page keeps the
/// best few in a small heap, one pass over the matches.
/// </summary>
internal static class RelevanceOrder
{
    /// <summary>A key that sorts ascending as the (non-negative) score sorts descending.</summary>
    public static uint KeyOf(float score) => ~BitConverter.SingleToUInt32Bits(score);

    public static float ScoreOf(uint key) => BitConverter.UInt32BitsToSingle(~key);

    /// <summary>Every match in relevance order; <paramref name="ids"/> must be ascending, as matches are.</summary>
    public static Ranking Sort(int[] ids, float[] scores)
    {
        var count = ids.Length;
        var sortedIds = ids.ToArray();
        var keys = ArrayPool<uint>.Shared.Rent(count * 2);
        var spareIds = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                keys[i] = KeyOf(scores[i]);
            }

            RadixSort(keys.AsSpan(0, count), sortedIds, keys.AsSpan(count, count), spareIds.AsSpan(0, count));
            var sortedScores = new float[count];
            for (var i = 0; i < count; i++)
            {
                sortedScores[i] = ScoreOf(keys[i]);
            }

            return new Ranking(sortedIds, sortedScores);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(spareIds);
        }
    }

    /// <summary>The best <paramref name="count"/> ids in relevance order, by a bounded max-heap of (key, id) pairs.</summary>
    public static int[] Top(int[] ids, float[] scores, int count)
    {
        count = Math.Min(count, ids.Length);
        if (count == 0)
        {
            return [];
        }

        // The score key in the high half and the id in the low half: one number orders by score, then by id.
        var heap = new ulong[count];
        var size = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var key = ((ulong)KeyOf(scores[i]) << 32) | (uint)ids[i];
            if (size < count)
            {
                heap[size] = key;
                SiftUp(heap, size++);
            }
            else if (key < heap[0])
            {
                heap[0] = key;
                SiftDown(heap, size);
            }
        }

        Array.Sort(heap);
        var top = new int[count];
        for (var i = 0; i < count; i++)
        {
            top[i] = (int)(uint)heap[i];
        }

        return top;
    }

    /// <summary>Sorts keys ascending, carrying ids along; ids that arrive ascending stay so among equal keys.</summary>
    private static void RadixSort(Span<uint> keys, Span<int> ids, Span<uint> spareKeys, Span<int> spareIds)
    {
        Span<int> counts = stackalloc int[256];
        var inSpare = false;
        for (var shift = 0; shift < 32 && keys.Length > 1; shift += 8)
        {
            var fromKeys = inSpare ? spareKeys : keys;
            var fromIds = inSpare ? spareIds : ids;
            var toKeys = inSpare ? keys : spareKeys;
            var toIds = inSpare ? ids : spareIds;
            counts.Clear();
            foreach (var key in fromKeys)
            {
                counts[(int)((key >> shift) & 0xFF)]++;
            }

            // A byte every key shares (the exponent's top bits, usually) needs no pass.
            if (counts[(int)((fromKeys[0] >> shift) & 0xFF)] == fromKeys.Length)
            {
                continue;
            }

            var total = 0;
            for (var bucket = 0; bucket < 256; bucket++)
            {
                (counts[bucket], total) = (total, total + counts[bucket]);
            }

            for (var i = 0; i < fromKeys.Length; i++)
            {
                var target = counts[(int)((fromKeys[i] >> shift) & 0xFF)]++;
                toKeys[target] = fromKeys[i];
                toIds[target] = fromIds[i];
            }

            inSpare = !inSpare;
        }

        if (inSpare)
        {
            spareKeys.CopyTo(keys);
            spareIds.CopyTo(ids);
        }
    }

    private static void SiftUp(ulong[] heap, int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (heap[parent] >= heap[index])
            {
                return;
            }

            (heap[parent], heap[index]) = (heap[index], heap[parent]);
            index = parent;
        }
    }

    private static void SiftDown(ulong[] heap, int size)
    {
        var index = 0;
        while (true)
        {
            var largest = index;
            var left = (2 * index) + 1;
            var right = left + 1;
            if (left < size && heap[left] > heap[largest])
            {
                largest = left;
            }

            if (right < size && heap[right] > heap[largest])
            {
                largest = right;
            }

            if (largest == index)
            {
                return;
            }

            (heap[largest], heap[index]) = (heap[index], heap[largest]);
            index = largest;
        }
    }
}
