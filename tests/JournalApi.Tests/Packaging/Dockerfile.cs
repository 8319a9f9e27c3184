using System.Text.Json;
using System.Text.RegularExpressions;

namespace JournalApi.Tests.Packaging;

/// <summary>One instruction of a Dockerfile: its keyword upper-cased, its arguments with continuations joined, its stage.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Stage)
{
    /// <summary>The arguments split as the shell form splits them, options such as <c>--from=build</c> removed.</summary>
    public IReadOnlyList<string> Operands =>
        [.. Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(a => !a.StartsWith("--", StringComparison.Ordinal))];

    public string? Option(string name) =>
        Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];

    /// <summary>The JSON (exec) form: <c>["/app/JournalApi", "healthcheck"]</c>.</summary>
    public static string[] ExecForm(string text) => JsonSerializer.Deserialize<string[]>(text.Trim())
        ?? throw new FormatException($"Not an exec-form array: {text}");
}

/// <summary>A Dockerfile read the way BuildKit reads it: comments and blank lines dropped, '\' continuations joined.</summary>
internal sealed partial class Dockerfile(IReadOnlyList<DockerInstruction> instructions)
{
    public IReadOnlyList<DockerInstruction> Instructions { get; } = instructions;

    public IReadOnlyList<DockerInstruction> Stages => [.. Instructions.Where(i => i.Keyword == "FROM")];

    public IEnumerable<DockerInstruction> InStage(int stage, string keyword) =>
        Instructions.Where(i => i.Stage == stage && i.Keyword == keyword);

    public static Dockerfile Parse(string text)
    {
        var instructions = new List<DockerInstruction>();
        var stage = -1;
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith('#') || (pending.Length == 0 && line.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var whole = (pending + line).Trim();
            pending = "";
            var match = InstructionPattern().Match(whole);
            if (!match.Success)
            {
                throw new FormatException($"Not a Dockerfile instruction: {whole}");
            }

            var keyword = match.Groups["keyword"].Value.ToUpperInvariant();
            stage += keyword == "FROM" ? 1 : 0;
            instructions.Add(new DockerInstruction(keyword, match.Groups["arguments"].Value.Trim(), stage));
        }

        return new Dockerfile(instructions);
    }

    [GeneratedRegex(@"^(?<keyword>[A-Za-z]+)\s+(?<arguments>.*)$", RegexOptions.Singleline)]
    private static partial Regex InstructionPattern();
}
