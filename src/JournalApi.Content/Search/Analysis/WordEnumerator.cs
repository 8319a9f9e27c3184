using System.Runtime.CompilerServices;
using static JournalApi.Content.Search.Analysis.WordSplitter;

namespace JournalApi.Content.Search.Analysis;

/// <summary>
/// Walks the words of a text: <see cref="Start"/> and <see cref="Length"/> of each, in order.
/// A ref struct over the span, so splitting a post allocates nothing.
/// </summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int next;

    public int Start { get; private set; }

    public int Length { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public readonly (int Start, int Length) Current => (Start, Length);

    // Runs once over every character of every post at start-up: optimised from the first call rather than after
    // tiering, and kept to locals so that the loop runs in registers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var ascii = Ascii;
        var span = text;
        var i = next;
        while (i < span.Length)
        {
            // Fast path: spaces and punctuation between words.
            var c = span[i];
            if (c < 128 && ascii[c] == WordClass.Other)
            {
                i++;
                continue;
            }

            var start = i;

            // Fast path: an ASCII word followed by a space or plain punctuation, most words of most journals.
            if (c < 128 && ascii[c] is WordClass.Letter or WordClass.Numeric)
            {
                i++;
                while (i < span.Length && span[i] < 128 && ascii[span[i]] is WordClass.Letter or WordClass.Numeric)
                {
                    i++;
                }

                if (i == span.Length || (span[i] < 128 && ascii[span[i]] == WordClass.Other))
                {
                    return Found(start, i);
                }

                i = start;
            }

            var kind = Classify(span, start, out var width);
            i = start + width;
            if (kind == WordClass.Single)
            {
                i = SkipExtend(span, i);
                return Found(start, i);
            }

            if (kind is not (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLet))
            {
                continue;
            }

            // A run of connectors alone ("___") is not a word; one touching a letter or digit belongs to it.
            var hasLetterOrDigit = kind != WordClass.ExtendNumLet;
            var previous = kind;
            while (true)
            {
                // Fast path: ASCII letters and digits, which join one another.
                if (previous != WordClass.Katakana)
                {
                    while (i < span.Length && span[i] < 128)
                    {
                        var ch = ascii[span[i]];
                        if (ch is not (WordClass.Letter or WordClass.Numeric))
                        {
                            break;
                        }

                        previous = ch;
                        hasLetterOrDigit = true;
                        i++;
                    }
                }

                i = SkipExtend(span, i);
                if (i >= span.Length)
                {
                    break;
                }

                var following = Classify(span, i, out width);
                if (Joins(previous, following))
                {
                    hasLetterOrDigit |= following != WordClass.ExtendNumLet;
                    previous = following;
                    i += width;
                    continue;
                }

                if (!TryJoinAcrossMiddle(span, previous, following, width, ref i, out previous))
                {
                    break;
                }
            }

            if (hasLetterOrDigit)
            {
                return Found(start, i);
            }
        }

        next = i;
        return false;
    }

    private bool Found(int start, int end)
    {
        Start = start;
        Length = end - start;
        next = end;
        return true;
    }

    /// <summary>A letter-middle-letter or digit-middle-digit sequence ("don't", "3.14", "1,000") keeps the word whole.</summary>
    private static bool TryJoinAcrossMiddle(ReadOnlySpan<char> span, WordClass previous, WordClass middle, int middleWidth, ref int position,
        out WordClass last)
    {
        last = previous;
        var joinsLetters = previous == WordClass.Letter && middle is WordClass.MidLetter or WordClass.MidNumLet;
        var joinsDigits = previous == WordClass.Numeric && middle is WordClass.MidNum or WordClass.MidNumLet;
        if (!joinsLetters && !joinsDigits)
        {
            return false;
        }

        var after = SkipExtend(span, position + middleWidth);
        if (after >= span.Length)
        {
            return false;
        }

        var following = Classify(span, after, out var width);
        if ((joinsLetters && following == WordClass.Letter) || (joinsDigits && following == WordClass.Numeric))
        {
            position = after + width;
            last = following;
            return true;
        }

        return false;
    }

    private static int SkipExtend(ReadOnlySpan<char> span, int position)
    {
        // Combining marks and format characters are never ASCII: most calls return at once.
        while (position < span.Length && span[position] >= 128 && Classify(span, position, out var width) == WordClass.Extend)
        {
            position += width;
        }

        return position;
    }

    private static bool Joins(WordClass previous, WordClass following) => (previous, following) switch
    {
        (WordClass.Letter or WordClass.Numeric, WordClass.Letter or WordClass.Numeric) => true,
        (WordClass.Katakana, WordClass.Katakana) => true,
        (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLet, WordClass.ExtendNumLet) => true,
        (WordClass.ExtendNumLet, WordClass.Letter or WordClass.Numeric or WordClass.Katakana) => true,
        _ => false,
    };
}
