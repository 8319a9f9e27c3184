namespace JournalApi.AnswerCache;

/// <summary>A whole successful answer, as sent.</summary>
public sealed record CachedAnswer(string? ContentType, string ETag, string TotalCount, string Link, byte[] Body)
{
    /// <summary>
    /// What keeping it costs: the body, every string (two bytes a character) and the objects around them, the
    /// dictionary's node and the key included. Counting the body alone let 20,000 searches hold far more than the bound.
    /// </summary>
    public long HeldBytes(string key) =>
        Body.Length + (2L * ((key?.Length ?? 0) + ETag.Length + TotalCount.Length + Link.Length + (ContentType?.Length ?? 0))) + ObjectOverhead;

    // Six objects (the record, the array, four strings) of about 24 bytes of header each, and the dictionary node.
    private const int ObjectOverhead = (6 * 24) + 48;
}
