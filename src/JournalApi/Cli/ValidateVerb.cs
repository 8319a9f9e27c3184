using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JournalApi.Content;
using JournalApi.Diagnostics;
using JournalApi.Hosting;

namespace JournalApi.Cli;

/// <summary>
/// <c>validate [--content DIR] [--format text|json] [--strict]</c>: checks a content folder the way a compiler
/// checks code and prints <c>path:line:column: error JA0112: message</c>. Exit 0 when clean, 1 on errors
/// (or on warnings with --strict), 2 on bad usage. Meant for a writer's own CI.
/// </summary>
public static class ValidateVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> operands, string[] options)
    {
        var (folder, json, strict, problem) = Parse(operands, options);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"{problem}\n{CommandLine.Usage}");
            return 2;
        }

        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"validate: the content folder '{Path.GetFullPath(folder)}' does not exist.");
            return 2;
        }

        var snapshot = JournalEngine.Validate(folder);
        if (json)
        {
            var response = new DiagnosticsResponse(new DiagnosticCounts(snapshot.ErrorCount, snapshot.WarningCount),
                [.. snapshot.Diagnostics.Select(DiagnosticItem.From)]);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(response, ReadableJson));
        }
        else
        {
            foreach (var diagnostic in snapshot.Diagnostics)
            {
                await Console.Out.WriteLineAsync(diagnostic.ToString());
            }

            await Console.Out.WriteLineAsync($"{snapshot.Posts.Count} entries valid, {snapshot.ErrorCount} error(s), {snapshot.WarningCount} warning(s).");
        }

        return snapshot.ErrorCount > 0 || (strict && snapshot.WarningCount > 0) ? 1 : 0;
    }

    // Writers read this output: apostrophes and accents stay as written rather than \u-escaped.
    private static readonly JsonTypeInfo<DiagnosticsResponse> ReadableJson = new ApiJsonContext(
        new JsonSerializerOptions(ApiJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).DiagnosticsResponse;

    private static (string Folder, bool Json, bool Strict, string? Problem) Parse(IReadOnlyList<string> operands, string[] options)
    {
        var (folder, json, strict) = ("content", false, false);
        if (operands.Count > 0)
        {
            return (folder, json, strict, $"validate: unexpected '{operands[0]}'.");
        }

        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--content" when i + 1 < options.Length:
                    folder = options[++i];
                    break;
                case "--format" when i + 1 < options.Length && options[i + 1] is "text" or "json":
                    json = options[++i] == "json";
                    break;
                case "--strict":
                    strict = true;
                    break;
                default:
                    return (folder, json, strict, $"validate: unknown or incomplete option '{options[i]}'.");
            }
        }

        return (folder, json, strict, null);
    }
}
