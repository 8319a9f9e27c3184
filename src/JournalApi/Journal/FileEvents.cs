using System.Threading.Channels;

namespace JournalApi.Journal;

/// <summary>
/// File-system events for a folder and everything below it, turned into relative paths on a channel.
/// A null path means "something happened that names no file" (a lost event, an overflow, the folder itself replaced):
/// check everything.
/// </summary>
public static class FileEvents
{
    public static FileSystemWatcher Start(string root, ChannelWriter<string?> signals, Action<Exception> onError)
    {
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Signal(string fullPath) => signals.TryWrite(Path.GetRelativePath(root, fullPath).Replace('\\', '/'));
        watcher.Changed += (_, e) => Signal(e.FullPath);
        watcher.Created += (_, e) => Signal(e.FullPath);
        watcher.Deleted += (_, e) => Signal(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Signal(e.OldFullPath);
            Signal(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            onError(e.GetException());
            signals.TryWrite(null);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>
    /// Watches the folder that holds the content folder for the content folder's own name: a symbolic link swapped by a
    /// rename (git-sync, Kubernetes volumes), or the folder deleted and made again. Events below the content folder keep
    /// going to the old one, so each such change is signalled as "check everything" for the service to watch anew.
    /// Null when the content folder has no parent folder to watch.
    /// </summary>
    public static FileSystemWatcher? StartAbove(string root, ChannelWriter<string?> signals, Action<Exception> onError, Action onReplaced)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var (parent, name) = (Path.GetDirectoryName(full), Path.GetFileName(full));
        if (parent is null || name.Length == 0 || !Directory.Exists(parent))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(parent)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Attributes,
        };
        void Signal(string? changed)
        {
            if (string.Equals(changed, name, StringComparison.Ordinal))
            {
                onReplaced();
                signals.TryWrite(null);
            }
        }

        watcher.Created += (_, e) => Signal(e.Name);
        watcher.Deleted += (_, e) => Signal(e.Name);
        watcher.Changed += (_, e) => Signal(e.Name);
        watcher.Renamed += (_, e) =>
        {
            Signal(e.OldName);
            Signal(e.Name);
        };
        watcher.Error += (_, e) =>
        {
            onError(e.GetException());
            signals.TryWrite(null);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
