using System.Globalization;
using System.Text;

namespace JournalApi.Corpus;

/// <summary>
/// Generates a Jekyll-style journal: <c>YYYY-MM-DD-slug.md</c> files with YAML front matter (layout, title, date, tags,
/// description, emotions) and Markdown bodies of 300 to 2,000 words. The same count and seed give byte-identical files
/// on any machine: each entry draws from its own integer-only random stream, and file names are settled in entry order.
/// </summary>
public static class CorpusGenerator
{
    public const long DefaultSeed = 42;

    /// <summary>The first <paramref name="count"/> entries of the corpus made with <paramref name="seed"/>, in memory, in order.</summary>
    public static IEnumerable<CorpusEntry> Entries(int count, long seed = DefaultSeed)
    {
        var names = FileNames(count, seed);
        for (var i = 0; i < count; i++)
        {
            yield return new CorpusEntry(names[i], Compose(seed, i));
        }
    }

    /// <summary>Writes <paramref name="count"/> entries into <paramref name="folder"/> (created if missing) and answers how many bytes.</summary>
    public static long Write(string folder, int count, long seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Directory.CreateDirectory(folder);
        var names = FileNames(count, seed);
        long bytes = 0;
        Parallel.For(0, count, i =>
        {
            var data = Encoding.UTF8.GetBytes(Compose(seed, i));
            File.WriteAllBytes(Path.Combine(folder, names[i]), data);
            Interlocked.Add(ref bytes, data.Length);
        });
        return bytes;
    }

    private static string Compose(long seed, int index)
    {
        var random = new SeededRandom(seed, index);
        return EntryComposer.Text(EntryComposer.Head(random), random);
    }

    /// <summary>Every entry's file name; a slug met before gets -2, -3, … so no two entries share a slug.</summary>
    private static string[] FileNames(int count, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var head = EntryComposer.Head(new SeededRandom(seed, i));
            var times = seen[head.Slug] = seen.GetValueOrDefault(head.Slug) + 1;
            var slug = times == 1 ? head.Slug : $"{head.Slug}-{times}";
            names[i] = string.Create(CultureInfo.InvariantCulture, $"{head.Date:yyyy-MM-dd}-{slug}.md");
        }

        return names;
    }
}
