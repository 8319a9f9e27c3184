using System.Text;

namespace JournalApi.Content.Tests.Fuzzing;

/// <summary>
/// Makes hostile but plausible entries from valid ones, deterministically from a seed: extreme dates, offsets and
/// numbers, every YAML type in every field, deep nesting in YAML and in Markdown, very long lines, NUL and control
/// characters, mixed line endings, odd Unicode, and plain random bytes.
/// </summary>
internal sealed class EntryFuzzer(IReadOnlyList<string> seeds)
{
    private static readonly string[] Fields =
        ["title", "date", "tags", "emotions", "description", "slug", "draft", "published", "updated", "last_modified_at", "excerpt",
         "excerpt_separator", "layout", "tag", "categories", "permalink", "meta"];

    private static readonly string[] Dates =
        ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "9999-12-31", "0001-01-01", "0000-01-01", "2024-02-29", "2025-02-29",
         "2025-13-01", "2025-00-10", "99999-01-01", "2025-01-01T24:00:00Z", "2025-01-01T23:59:60Z", "2025-01-01T10:00:00+14:59",
         "2025-01-01T10:00:00-99:99", "2025-1-1 1:01:01 +1400", "2025-01-01T10:00:00.99999999999Z", "2025-01-01T10:00:00.9999999-14:00",
         "9999-12-31T23:59:59.9999999Z", "2025-01-01 10:00:00 -0000", "1e400", "-0", "0x10", ".nan", ".inf", "-.inf", "2147483648",
         "-9223372036854775809", "2025-07-09\u00a0", "２０２５-０７-０９", "2025-07-09T10:00:00+02:00[Europe/Paris]"];

    private static readonly string[] YamlValues =
        ["~", "null", "", "true", "no", "[]", "{}", "[a, [b, [c]]]", "{a: {b: c}}", "!!binary aGVsbG8=", "!!str x", "!custom x", "&a x",
         "*a", "\"\\0\"", "\"\\u0000\"", "\"\\x07\"", "1e308", "-1e309", "0o777", "0b101", "12:30:45", "|\n  block\n  text", ">-\n  folded\n  text",
         "[", "{", "'unclosed", "\"unclosed", "? complex\n: key", "- a\n- b", "[a, b, c, a, A, ' a']", "{ [a]: b }", "<<: {a: b}",
         "\"\\uD800\"", "\"\\U0010FFFF\"", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\uFEFFbom", "\uFFFE", "ﬁ", "İstanbul", "ß",
         "\t", "\r", "a\u0085b", "a\u2028b", "%TAG ! tag:x", "--- doc", "... end"];

    private readonly IReadOnlyList<string> seeds = seeds.Count > 0 ? seeds : throw new ArgumentException("At least one seed entry.", nameof(seeds));

    /// <summary>Input number <paramref name="index"/> of the run seeded <paramref name="seed"/>: the same pair always gives the same text.</summary>
    public string Entry(int seed, int index)
    {
        var random = new Random(Mix(seed, index, 1));
        var text = seeds[random.Next(seeds.Count)];
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            text = Mutate(random, text);
        }

        return text;
    }

    /// <summary>Bytes number <paramref name="index"/>: random, or a valid entry with bytes flipped, cut or inserted.</summary>
    public byte[] Bytes(int seed, int index)
    {
        var random = new Random(Mix(seed, index, 2));
        if (random.Next(4) == 0)
        {
            var noise = new byte[random.Next(2048)];
            random.NextBytes(noise);
            return noise;
        }

        var bytes = Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)]).ToList();
        for (var i = random.Next(1, 8); i > 0 && bytes.Count > 0; i--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(16)));
                    break;
                default:
                    bytes.InsertRange(at, random.Next(3) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xFF, 0xFE], _ => [0xC0, 0x80] });
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A seed for one input: HashCode is salted per process, so runs would not repeat.</summary>
    private static int Mix(int seed, int index, int kind) => (int)(((((long)seed * 1_000_003) + index) * 31 + kind) & int.MaxValue);

    private static string Mutate(Random random, string text) => random.Next(10) switch
    {
        0 => SetField(random, text, "date", Pick(random, Dates)),
        1 => SetField(random, text, Pick(random, Fields), Pick(random, YamlValues)),
        2 => SetField(random, text, Pick(random, Fields), DeepYaml(random)),
        3 => AppendBody(text, DeepMarkdown(random)),
        4 => AppendBody(text, new string(Pick(random, ['a', '*', '[', '|', '`', '<', ' ', '>', '-', '\\']), random.Next(1000, 120_000))),
        5 => Insert(random, text, Pick(random, ["\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uFFFD", "\uD800", "\uDC00"])),
        6 => MixLineEndings(random, text),
        7 => Insert(random, text, Pick(random, ["\u202E", "\u200D", "\u0301\u0301\u0301", "\uFEFF", "𝕏", "👩‍👩‍👧‍👦", "ﷺ", "\u00A0", "\u3000", "İ"])),
        8 => SetField(random, text, Pick(random, Fields), random.Next(2) == 0
            ? (random.NextDouble() * Math.Pow(10, random.Next(-320, 320))).ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => Truncate(random, text),
    };

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>Replaces the field's line in the front matter, or adds it after the opening fence.</summary>
    private static string SetField(Random random, string text, string field, string value)
    {
        var line = $"{field}: {value}";
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (at >= 0)
        {
            lines[at] = line;
        }
        else
        {
            lines.Insert(lines.Count > 1 ? 1 + random.Next(Math.Min(3, lines.Count - 1)) : 0, line);
        }

        return string.Join('\n', lines);
    }

    private static string DeepYaml(Random random)
    {
        var depth = Pick(random, [31, 32, 33, 64, 200, 2000]);
        return random.Next(3) switch
        {
            0 => new string('[', depth) + "x" + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            _ => "\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 300)).Select(i => new string(' ', i) + "- \n")) + new string(' ', Math.Min(depth, 300) + 1) + "x",
        };
    }

    private static string DeepMarkdown(Random random)
    {
        var n = Pick(random, [8, 31, 32, 33, 48, 63, 64, 65, 127, 128, 129, 255, 256, 300, 1000, 5000, 30_000]);
        return random.Next(10) switch
        {
            0 => new string('>', n) + " quoted",
            1 => string.Join("\n", Enumerable.Range(0, Math.Min(n, 2000)).Select(i => new string(' ', i * 2) + "- item")),
            2 => string.Concat(Enumerable.Repeat("- ", n)) + "x",
            3 => new string('*', n) + "x" + new string('*', n),
            4 => string.Concat(Enumerable.Repeat("*a _b ", n)) + "x" + string.Concat(Enumerable.Repeat(" b_ a*", n)),
            5 => new string('[', n) + "x" + new string(']', n),
            6 => string.Concat(Enumerable.Repeat("[", n)) + "x" + string.Concat(Enumerable.Repeat("](u)", n)),
            7 => "|" + string.Concat(Enumerable.Repeat(" a |", Math.Min(n, 5000))) + "\n|" + string.Concat(Enumerable.Repeat("---|", Math.Min(n, 5000))) + "\n| b |",
            8 => string.Concat(Enumerable.Repeat("> - ", n)) + "x",
            _ => string.Concat(Enumerable.Repeat("<div>", n)) + string.Concat(Enumerable.Repeat("~~", n)) + "x",
        };
    }

    private static string AppendBody(string text, string body) => text + "\n\n" + body + "\n";

    private static string Insert(Random random, string text, string what) => text.Insert(random.Next(text.Length + 1), what);

    private static string MixLineEndings(Random random, string text)
    {
        var result = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            result.Append(c == '\n' ? Pick(random, ["\n", "\r\n", "\r", "\n\r", "\u2028"]) : c.ToString());
        }

        return result.ToString();
    }

    private static string Truncate(Random random, string text) => text[..random.Next(text.Length + 1)];
}
