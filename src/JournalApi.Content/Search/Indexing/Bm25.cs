using System.Runtime.CompilerServices;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// Okapi BM25 per field, as Lucene's BM25Similarity computes it (k1 1.2, b 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5)),
/// average length over all posts), summed over the fields with weights title 3, description 2, body 1: a weighted sum
/// rather than BM25F, so each posting's share of the score is known at build time and a query only adds numbers.
/// </summary>
internal static class Bm25
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    public static float Weight(SearchField field) => field switch
    {
        SearchField.Title => 3f,
        SearchField.Description => 2f,
        _ => 1f,
    };

    public static float Idf(int documentFrequency, int documentCount) =>
        (float)Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The part of the denominator that depends on the post's length in this field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float LengthNorm(int length, float averageLength) =>
        averageLength > 0 ? K1 * (1 - B + (B * length / averageLength)) : K1;

    /// <summary>What one occurrence count of a term in a post adds to the score, field weight included.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Impact(float weightedIdf, float termFrequency, float lengthNorm) =>
        weightedIdf * termFrequency * (K1 + 1) / (termFrequency + lengthNorm);
}
