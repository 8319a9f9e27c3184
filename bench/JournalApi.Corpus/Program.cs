using System.Globalization;

namespace JournalApi.Corpus;

internal static class Program
{
    private const string Usage = "usage: JournalApi.Corpus N OUTDIR [--seed S]   (N entries into OUTDIR, created if missing; seed 42 unless given)";

    private static int Main(string[] args)
    {
        if (args is ["-h" or "--help", ..])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!TryParse(args, out var count, out var folder, out var seed, out var problem))
        {
            Console.Error.WriteLine($"JournalApi.Corpus: {problem}");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var bytes = CorpusGenerator.Write(folder, count, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} entries ({bytes} bytes) to {folder} (seed {seed})"));
        return 0;
    }

    private static bool TryParse(string[] args, out int count, out string folder, out long seed, out string problem)
    {
        (count, folder, seed, problem) = (0, "", CorpusGenerator.DefaultSeed, "");
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed")
            {
                if (i + 1 >= args.Length || !long.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
                {
                    problem = "--seed needs a whole number";
                    return false;
                }
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unknown option '{args[i]}'";
                return false;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional.Count != 2)
        {
            problem = "expected N and OUTDIR";
            return false;
        }

        if (!int.TryParse(positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            problem = $"N must be a whole number of entries, 0 or more (got '{positional[0]}')";
            return false;
        }

        folder = positional[1];
        return true;
    }
}
