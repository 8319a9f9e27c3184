namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// What one splitting thread keeps between posts: its own spelling table (so the millions of repeated words need no
/// shared lookup), a word buffer, the body offsets being noted, and a slab the finished id arrays are copied into.
/// Slabs rather than an array per field and post: 30,000 small arrays that survive into the next passes made the
/// garbage collector copy 40 MB twice per build.
/// </summary>
internal sealed class SplitState
{
    private const int SlabLength = 1 << 18;

    private int[] slab = [];
    private int used;

    public SpellingTable Known { get; } = new();

    public int[] Buffer { get; set; } = new int[1024];

    public List<int> Offsets { get; } = [];

    /// <summary>Copies one field's ids into the current slab, starting a new one when it is full.</summary>
    public ArraySegment<int> Keep(ReadOnlySpan<int> ids)
    {
        if (slab.Length - used < ids.Length)
        {
            slab = new int[Math.Max(SlabLength, ids.Length)];
            used = 0;
        }

        ids.CopyTo(slab.AsSpan(used));
        var kept = new ArraySegment<int>(slab, used, ids.Length);
        used += ids.Length;
        return kept;
    }
}
