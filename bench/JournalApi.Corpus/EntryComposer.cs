using System.Globalization;
using System.Text;

namespace JournalApi.Corpus;

/// <summary>
/// Draws one entry from its own random stream: first the head (title, date, tags, emotions), then the description and
/// the Markdown body. The head alone is enough to name the file, so names can be settled before bodies are written.
/// </summary>
internal static class EntryComposer
{
    private static readonly DateOnly FirstDay = new(2016, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    // How many tags (1..5) and emotions (1..3) an entry carries, by weight.
    private static readonly int[] TagCountWeights = [3, 5, 4, 2, 1];
    private static readonly int[] EmotionCountWeights = [3, 4, 2];

    public static EntryHead Head(SeededRandom random)
    {
        var shape = random.Pick(Vocabulary.TitleShapes);
        var noun = random.Pick(Vocabulary.Nouns);
        var other = random.Pick(Vocabulary.Nouns);
        while (other == noun)
        {
            other = random.Pick(Vocabulary.Nouns);
        }

        var title = shape
            .Replace("{N}", noun, StringComparison.Ordinal)
            .Replace("{M}", other, StringComparison.Ordinal)
            .Replace("{G}", random.Pick(Vocabulary.Gerunds), StringComparison.Ordinal)
            .Replace("{Y}", random.Between(1, 12).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        title = char.ToUpperInvariant(title[0]) + title[1..];

        var date = FirstDay.AddDays(random.Next(Days));
        var tags = Weighted.PickDistinct(random, Vocabulary.Tags, Weighted.Index(random, TagCountWeights) + 1);
        var emotions = Weighted.PickDistinct(random, Vocabulary.Emotions, Weighted.Index(random, EmotionCountWeights) + 1);
        return new EntryHead(title, Slugs.Of(title), date, tags, emotions, [noun, other]);
    }

    public static string Text(EntryHead head, SeededRandom random)
    {
        var text = new StringBuilder(8192);
        text.Append("---\n")
            .Append("layout: post\n")
            .Append("title: ").Append(Quoted(head.Title)).Append('\n')
            .Append("date: ").Append(head.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("tags: [").AppendJoin(", ", head.Tags).Append("]\n")
            .Append("description: ").Append(Quoted(Sentences.One(random, 10, 26, inline: false))).Append('\n')
            .Append("emotions: [").AppendJoin(", ", head.Emotions.Select(Quoted)).Append("]\n")
            .Append("---\n\n");
        MarkdownBody.Append(text, random, head.Nouns);
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
