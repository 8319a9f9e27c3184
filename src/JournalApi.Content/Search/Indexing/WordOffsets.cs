using System.Text;
using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Search.Indexing;

/// <summary>
/// Where every <see cref="Every"/>th word of each post's body starts, in bytes of its UTF-8 text. Postings know matches
/// by word position; with these a highlight decodes and splits only the stretch of the body around the words it needs
/// instead of the whole body. About one int per 32 words: 1 MB for 9.5 million words.
/// </summary>
internal sealed class WordOffsets(int[][] offsets)
{
    public const int Every = 32;

    /// <summary>
    /// Characters of context decoded on either side of the words (fewer only at the body's edges): more than a snippet
    /// (<see cref="Snippets.SnippetHtml.TargetLength"/>) can take from either side, so a quote frames exactly as the whole body would.
    /// </summary>
    public const int ContextCharacters = 265;

    // What the opening of a body keeps: 265 characters at least even of three-byte characters.
    private const int OpeningBytes = 800;

    /// <summary>Per post, the byte offset of every <see cref="Every"/>th word: what the constructor took, for writing a snapshot file.</summary>
    public int[][] Checkpoints => offsets;

    /// <summary>
    /// The stretch of a post's body around words <paramref name="first"/> to <paramref name="last"/>, decoded, and where
    /// those words start and end in it; the stretch is the whole body when the body is short. Null when the body has
    /// no such words (it is not the text that was indexed).
    /// </summary>
    public Quote? Locate(ReadOnlySpan<byte> body, int post, int first, int last)
    {
        var checkpoints = offsets[post];
        var checkpoint = first / Every;
        if (checkpoint >= checkpoints.Length || checkpoints[checkpoint] > body.Length)
        {
            return null;
        }

        var from = checkpoints[checkpoint];
        var next = (last / Every) + 1;
        var through = next < checkpoints.Length ? Math.Clamp(checkpoints[next], from, body.Length) : body.Length;
        // Counted in characters rather than bytes: text of one-byte characters then decodes a third of what a byte margin would need.
        var quoteStart = Back(body, from, ContextCharacters);
        var quoteEnd = Forward(body, through, ContextCharacters);
        var text = Encoding.UTF8.GetString(body[quoteStart..quoteEnd]);
        var skipped = Encoding.UTF8.GetCharCount(body[quoteStart..from]);
        var position = checkpoint * Every;
        var start = -1;
        foreach (var (offset, length) in WordSplitter.Split(text.AsSpan(skipped)))
        {
            if (position == first)
            {
                start = skipped + offset;
            }

            if (position == last)
            {
                return new Quote(text, start, skipped + offset + length);
            }

            position++;
        }

        return null;
    }

    /// <summary>The start of a body's text for a snippet that begins at its first word: what <see cref="Locate"/> would keep of it.</summary>
    public static string Opening(ReadOnlySpan<byte> body) =>
        Encoding.UTF8.GetString(body[..CharacterStart(body, Math.Min(body.Length, OpeningBytes), body.Length)]);

    /// <summary>Where the <paramref name="characters"/> UTF-16 characters before <paramref name="at"/> start (or 0); <paramref name="at"/> starts a character.</summary>
    private static int Back(ReadOnlySpan<byte> utf8, int at, int characters)
    {
        // Usually all one-byte characters, checked at once: then a character is a byte.
        var ascii = Math.Max(0, at - characters);
        if (Ascii.IsValid(utf8[ascii..at]))
        {
            return ascii;
        }

        var counted = 0;
        while (at > 0 && counted < characters)
        {
            var b = utf8[--at];
            // A character outside the BMP (a four-byte lead) is two UTF-16 characters.
            counted += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }

        return at;
    }

    /// <summary>Where the <paramref name="characters"/> UTF-16 characters from <paramref name="at"/> end (or the end); <paramref name="at"/> starts a character.</summary>
    private static int Forward(ReadOnlySpan<byte> utf8, int at, int characters)
    {
        var ascii = Math.Min(utf8.Length, at + characters);
        if (Ascii.IsValid(utf8[at..ascii]))
        {
            return ascii;
        }

        var counted = 0;
        while (at < utf8.Length && counted < characters)
        {
            var b = utf8[at++];
            counted += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }

        return CharacterStart(utf8, at, utf8.Length);
    }

    /// <summary>The first index from <paramref name="at"/> that starts a character (not a UTF-8 continuation byte).</summary>
    private static int CharacterStart(ReadOnlySpan<byte> utf8, int at, int limit)
    {
        while (at < limit && (utf8[at] & 0xC0) == 0x80)
        {
            at++;
        }

        return at;
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
