using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JournalApi.Configuration;
using JournalApi.Content;
using JournalApi.Content.Loading;
using JournalApi.Diagnostics;
using JournalApi.Hosting;
using Microsoft.Extensions.Options;

namespace JournalApi.Cli;

/// <summary>
/// <c>validate [--content DIR] [--format text|json] [--strict] [--Section:Key VALUE]</c>: checks a content folder the way
/// a compiler checks code and prints <c>path:line:column: error JA0112: message</c>. It reads exactly the settings that
/// serving reads (appsettings.json, the environment, the command line; the same binding, checks and load options), so
/// that an entry is checked as it will be served. Exit 0 when clean, 1 on errors (or on warnings with --strict), 2 on
/// bad usage or a wrong setting. Meant for a writer's own CI.
/// </summary>
public static class ValidateVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> operands, string[] options)
    {
        var (settings, json, strict, problem) = Parse(operands, options);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"{problem}\n{CommandLine.Usage}");
            return 2;
        }

        var builder = JournalHost.CreateBuilder(settings);
        builder.Services.AddJournalSettings(builder.Configuration);
        using var services = builder.Services.BuildServiceProvider();
        if (SettingsCheck.Failures(services) is [_, ..] failures)
        {
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync($"validate: {failure}");
            }

            return 2;
        }

        var folder = ContentFolder.Resolve(services.GetRequiredService<IOptions<ContentOptions>>().Value, services.GetRequiredService<IHostEnvironment>());
        var snapshot = JournalEngine.Validate(folder, services.GetRequiredService<LoadOptions>());
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

    /// <summary>The verb's own options; --content and settings (--Section:Key VALUE, --Section:Key=VALUE) go to the configuration.</summary>
    private static (string[] Settings, bool Json, bool Strict, string? Problem) Parse(IReadOnlyList<string> operands, string[] options)
    {
        var (settings, json, strict) = (new List<string>(), false, false);
        if (operands.Count > 0)
        {
            return ([], json, strict, $"validate: unexpected '{operands[0]}'.");
        }

        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--format" when i + 1 < options.Length && options[i + 1] is "text" or "json":
                    json = options[++i] == "json";
                    break;
                case "--strict":
                    strict = true;
                    break;
                case { } setting when setting.StartsWith("--", StringComparison.Ordinal) && (setting == "--content" || setting.Contains(':', StringComparison.Ordinal)):
                    settings.Add(setting);
                    if (!setting.Contains('=', StringComparison.Ordinal))
                    {
                        if (i + 1 >= options.Length)
                        {
                            return ([], json, strict, $"validate: '{setting}' needs a value.");
                        }

                        settings.Add(options[++i]);
                    }

                    break;
                default:
                    return ([], json, strict, $"validate: unknown or incomplete option '{options[i]}'.");
            }
        }

        return ([.. settings], json, strict, null);
    }
}
