using System.Text;

namespace JournalApi.Corpus;

/// <summary>Sentences of random everyday words, some with emphasis, a link or a code span inside.</summary>
internal static class Sentences
{
    private static readonly string[] Endings = [".", ".", ".", ".", "?", "!", "…"];

    public static string One(SeededRandom random, int fewest, int most, bool inline = true)
    {
        var words = new string[random.Between(fewest, most)];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = random.Pick(Vocabulary.Words);
        }

        if (inline)
        {
            Decorate(random, words);
        }

        var sentence = new StringBuilder(words.Length * 7).AppendJoin(' ', words);
        Capitalize(sentence);
        if (random.Chance(8))
        {
            sentence.Append(" —");
            for (var i = random.Between(2, 6); i > 0; i--)
            {
                sentence.Append(' ').Append(random.Pick(Vocabulary.Words));
            }
        }

        return sentence.Append(random.Pick(Endings)).ToString();
    }

    /// <summary>About one sentence in four gets one piece of inline Markdown.</summary>
    private static void Decorate(SeededRandom random, string[] words)
    {
        var roll = random.Next(100);
        var at = random.Next(words.Length);
        var last = Math.Min(words.Length - 1, at + random.Between(0, 2));
        if (roll < 10)
        {
            words[at] = "*" + words[at] + "*";
        }
        else if (roll < 15)
        {
            words[at] = "**" + words[at];
            words[last] += "**";
        }
        else if (roll < 20)
        {
            var path = string.Join('-', words[at..(last + 1)]);
            words[at] = "[" + words[at];
            words[last] += $"](https://{random.Pick(Vocabulary.LinkHosts)}/{path})";
        }
        else if (roll < 24)
        {
            words[at] = "`" + random.Pick(Vocabulary.CodeSpans) + "`";
        }
    }

    /// <summary>Upper-cases the first letter unless a code span comes first.</summary>
    private static void Capitalize(StringBuilder sentence)
    {
        for (var i = 0; i < sentence.Length && sentence[i] != '`'; i++)
        {
            if (char.IsAsciiLetter(sentence[i]))
            {
                sentence[i] = char.ToUpperInvariant(sentence[i]);
                return;
            }
        }
    }
}
