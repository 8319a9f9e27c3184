using JournalApi.Configuration;
using JournalApi.Content.Loading;
using JournalApi.Content.SnapshotFiles;
using Microsoft.Extensions.Options;

namespace JournalApi.Journal;

/// <summary>
/// The first load of the content folder, with the watch started before it begins so that a file saved while it runs is
/// picked up right after. Begun by the serve command as soon as the options are valid, so that the load overlaps the
/// rest of the host's start-up; <see cref="ContentRefreshService"/> begins it otherwise, and publishes it.
/// With <c>Content:SnapshotFile</c> the first load is that file, served at once and checked against the folder by the
/// first refresh, which re-reads only the files that differ; a file that cannot be used is named in one warning and the
/// folder is loaded instead.
/// </summary>
public sealed partial class ContentStart(ContentLibrary library, FolderWatch watch, IOptions<ContentOptions> options, ILogger<ContentStart> logger)
{
    private readonly Lock gate = new();
    private Task<ContentSnapshots>? firstLoad;

    /// <summary>Starts watching and loading, once; every call returns the same first load.</summary>
    public Task<ContentSnapshots> Begin()
    {
        lock (gate)
        {
            if (firstLoad is null)
            {
                watch.Start();
                firstLoad = Task.Run(Load);
            }

            return firstLoad;
        }
    }

    private ContentSnapshots Load()
    {
        if (options.Value.SnapshotFile is not { Length: > 0 } setting)
        {
            return library.Refresh();
        }

        var file = Path.GetFullPath(setting, Directory.GetCurrentDirectory());
        var restore = SnapshotFile.Restore(library, file);
        if (restore.Snapshots is not { } snapshots)
        {
            LogSnapshotFileUnused(file, restore.Problem!);
            return library.Refresh();
        }

        LogFromSnapshotFile(snapshots.Public.Posts.Count, restore.Files, file);
        watch.CheckEverything();
        return snapshots;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content:SnapshotFile '{File}' is not used: {Reason}. Loading the content folder instead.")]
    private partial void LogSnapshotFileUnused(string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Posts} posts of {Files} files from the snapshot file '{File}'; checking it against the content folder.")]
    private partial void LogFromSnapshotFile(int posts, int files, string file);
}
