using System.Diagnostics;
using System.Globalization;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.SnapshotFiles;
using Microsoft.Extensions.Options;

namespace JournalApi.Cli;

/// <summary>
/// <c>snapshot OUT-FILE [--content DIR] [settings...]</c>: loads the journal exactly as serving would (the same settings,
/// bound the same way) and writes it to one file, which a server given <c>Content:SnapshotFile</c> is ready from at once.
/// Exit 0 when written; 1 when serving would refuse the folder (<c>Content:Strict</c> with errors, an invalid emotions.yml)
/// or the file cannot be written; 2 on bad usage or a wrong setting.
/// </summary>
public static class SnapshotVerb
{
    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> operands)
    {
        if (operands.Count != 1)
        {
            await Console.Error.WriteLineAsync($"snapshot: expected one OUT-FILE.\n{CommandLine.Usage}");
            return 2;
        }

        // Every section, as serving checks them: a setting serving would refuse is refused here too.
        if (SettingsCheck.Failures(app.Services) is [_, ..] failures)
        {
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync($"snapshot: {failure}");
            }

            return 2;
        }

        var settings = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var library = app.Services.GetRequiredService<ContentLibrary>();
        var clock = Stopwatch.StartNew();
        var loaded = library.Refresh().Public;
        var vocabularyErrors = loaded.Diagnostics.Count(d => d.Code == DiagnosticCodes.VocabularyInvalid);
        if (vocabularyErrors > 0 || (settings.Strict && loaded.ErrorCount > 0))
        {
            await Console.Error.WriteLineAsync(vocabularyErrors > 0
                ? "snapshot: emotions.yml is invalid, so the journal would not be served; nothing written (see: validate)."
                : $"snapshot: {loaded.ErrorCount} error(s) with Content:Strict on, so the journal would not be served; nothing written (see: validate).");
            return 1;
        }

        SnapshotFileWritten written;
        try
        {
            written = SnapshotFile.Write(library, operands[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"snapshot: cannot write '{operands[0]}': {e.Message}");
            return 1;
        }

        var snapshot = written.Snapshots.Public;
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {Path.GetFullPath(operands[0])}: {written.Files} files, {snapshot.Posts.Count} posts served, {snapshot.ErrorCount} error(s), " +
            $"{snapshot.WarningCount} warning(s); {written.Bytes / 1048576.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.00} s."));
        return 0;
    }
}
