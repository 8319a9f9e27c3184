namespace JournalApi.Content.Search;

/// <summary>
/// Where every <see cref="Every"/>th word of each post's body starts. Postings know matches by word position; with
/// these a highlight turns positions into characters by splitting fewer than <see cref="Every"/> words before the
/// first one it needs instead of the whole body. About one int per 32 words: 1 MB for 9.5 million words.
/// </summary>
internal sealed class WordOffsets(int[][] offsets)
{
    public const int Every = 32;

    /// <summary>
    /// The characters from the start of word <paramref name="first"/> to the end of word <paramref name="last"/> of a
    /// post's body, or null when the text has no such words (it is not the text that was indexed).
    /// </summary>
    public (int Start, int End)? Locate(string text, int post, int first, int last)
    {
        var checkpoints = offsets[post];
        var checkpoint = first / Every;
        if (checkpoint >= checkpoints.Length || checkpoints[checkpoint] > text.Length)
        {
            return null;
        }

        var from = checkpoints[checkpoint];
        var position = checkpoint * Every;
        var start = -1;
        foreach (var (offset, length) in WordSplitter.Split(text.AsSpan(from)))
        {
            if (position == first)
            {
                start = from + offset;
            }

            if (position == last)
            {
                return (start, from + offset + length);
            }

            position++;
        }

        return null;
    }

    public long SizeInBytes
    {
        get
        {
            long size = offsets.Length * 32L;
            foreach (var post in offsets)
            {
                size += post.Length * 4L;
            }

            return size;
        }
    }
}
