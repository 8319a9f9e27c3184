using System.Globalization;
using System.Text;

namespace JournalApi.Corpus;

/// <summary>
/// A body of blocks separated by blank lines — paragraphs mostly, with headings, bullet and numbered lists, block quotes
/// and thematic breaks among them — until a target length drawn per entry (300 to 2,000 words, most near 800) is reached.
/// </summary>
internal static class MarkdownBody
{
    private const int FewestWords = 300;
    private const int MostWords = 2000;

    public static void Append(StringBuilder text, SeededRandom random, string[] titleNouns)
    {
        var target = TargetWords(random);
        var words = 0;
        var sinceHeading = 0;
        var lastWasBreak = true; // no break first
        var blocks = new List<string>();
        while (words < target)
        {
            var roll = random.Next(100);
            string block;
            if (sinceHeading >= 3 && roll < 15)
            {
                var noun = random.Chance(40) ? random.Pick(titleNouns) : random.Pick(Vocabulary.Nouns);
                block = (random.Chance(75) ? "## " : "### ") + char.ToUpperInvariant(noun[0]) + noun[1..];
                sinceHeading = 0;
            }
            else
            {
                block = roll switch
                {
                    < 22 => List(random),
                    < 28 => Quote(random),
                    < 31 when !lastWasBreak => "---",
                    _ => Paragraph(random),
                };
                sinceHeading++;
            }

            lastWasBreak = block == "---";
            blocks.Add(block);
            words += CountWords(block);
        }

        if (lastWasBreak)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        text.AppendJoin("\n\n", blocks).Append('\n');
    }

    /// <summary>Log-normal-like: the product of twelve factors in 0.80..1.25 around a median near 800, clamped.</summary>
    private static int TargetWords(SeededRandom random)
    {
        var words = 660;
        for (var i = 0; i < 12; i++)
        {
            words = words * random.Between(80, 125) / 100;
        }

        return Math.Clamp(words, FewestWords, MostWords);
    }

    private static string List(SeededRandom random)
    {
        var numbered = random.Chance(35);
        var items = new string[random.Between(2, 6)];
        for (var i = 0; i < items.Length; i++)
        {
            var marker = numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "-";
            items[i] = marker + " " + Sentences.One(random, 3, 14);
        }

        return string.Join('\n', items);
    }

    private static string Quote(SeededRandom random)
    {
        var lines = new string[random.Between(1, 3)];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = "> " + Sentences.One(random, 5, 18);
        }

        return string.Join('\n', lines);
    }

    private static string Paragraph(SeededRandom random)
    {
        var sentences = new string[random.Between(2, 7)];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = Sentences.One(random, 6, 22);
        }

        return string.Join(' ', sentences);
    }

    /// <summary>Words with a letter in them: list, quote and heading markers do not count towards the length.</summary>
    private static int CountWords(string block) =>
        block.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsAsciiLetter));
}
