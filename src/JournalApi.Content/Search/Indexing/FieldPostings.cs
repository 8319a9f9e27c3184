namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// The inverted index of one field, as flat arrays rather than an object per term or per posting:
/// the postings of term <c>t</c> are <c>[TermStart[t], TermStart[t + 1])</c>, each a post id (ascending),
/// its precomputed BM25 impact, and where its positions start in <see cref="Positions"/>.
/// Never written after the build, so any number of readers can share it.
/// </summary>
internal sealed class FieldPostings(int[] termStart, int[] documents, float[] impacts, int[] positionStart, byte[] positions)
{
    /// <summary>Per term id, the first posting; one more entry than terms.</summary>
    public readonly int[] TermStart = termStart;

    /// <summary>Per posting, the post id; ascending within a term.</summary>
    public readonly int[] Documents = documents;

    /// <summary>Per posting, what it adds to the score (BM25 with the field's weight).</summary>
    public readonly float[] Impacts = impacts;

    /// <summary>Per posting, the offset of its positions in <see cref="Positions"/>; one more entry than postings.</summary>
    public readonly int[] PositionStart = positionStart;

    /// <summary>Word positions as gaps in <see cref="Varint"/> form, grouped by posting.</summary>
    public readonly byte[] Positions = positions;

    public int DocumentFrequency(int term) => TermStart[term + 1] - TermStart[term];

    public long SizeInBytes =>
        (TermStart.Length * 4L) + (Documents.Length * 4L) + (Impacts.Length * 4L) + (PositionStart.Length * 4L) + Positions.Length;
}
