using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// One build thread's map from a word as written to its term id, looked up by span: an open-addressing table with
/// FNV-1a hashing. It replaces a <see cref="Dictionary{TKey,TValue}"/> lookup on the build's hottest path (9.5 million
/// calls for 10,000 posts), which at start-up still ran unoptimised code and cost several times the rest of the build.
/// Not thread-safe: each thread has its own.
/// </summary>
internal sealed class SpellingTable
{
    private string?[] keys = new string?[1024];
    private int[] values = new int[1024];
    private int count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out int value)
    {
        var mask = keys.Length - 1;
        var slot = (int)(Hash(word) & (uint)mask);
        while (keys[slot] is { } key)
        {
            if (word.SequenceEqual(key))
            {
                value = values[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        value = 0;
        return false;
    }

    /// <summary>Adds a word known to be absent.</summary>
    public void Add(string word, int value)
    {
        if ((count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        Insert(keys, values, word, value);
        count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static void Insert(string?[] keys, int[] values, string word, int value)
    {
        var mask = keys.Length - 1;
        var slot = (int)(Hash(word) & (uint)mask);
        while (keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = word;
        values[slot] = value;
    }

    private void Grow()
    {
        var newKeys = new string?[keys.Length * 2];
        var newValues = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(newKeys, newValues, key, values[i]);
            }
        }

        keys = newKeys;
        values = newValues;
    }
}
