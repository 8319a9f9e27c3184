using System.Threading.Channels;

namespace JournalApi.Content;

/// <summary>
/// File-system events for a folder and everything below it, turned into relative paths on a channel.
/// A null path means "something happened that names no file" (a lost event, an overflow): check everything.
/// </summary>
public static class FolderWatcher
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
}
