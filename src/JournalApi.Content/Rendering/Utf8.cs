using System.Text;

namespace JournalApi.Content.Rendering;

/// <summary>Text encoded to UTF-8 straight from where it was written, without a string in between.</summary>
internal static class Utf8
{
    public static byte[] Of(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>The builder's text in UTF-8; a surrogate pair split across two of its chunks is encoded whole.</summary>
    public static byte[] Of(StringBuilder text)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return written == count ? bytes : bytes[..written];
    }
}
