namespace JournalApi.Content.Files;

/// <summary>
/// Finds a media file beside the entries from a path relative to the content folder, the way a request names it.
/// Only a non-empty regular file on <see cref="MediaTypes"/> inside the folder is found: no empty, <c>.</c> or <c>..</c> segment, no
/// name starting with '.', no backslash or control character, and no symbolic link on the way (the content folder
/// itself may be one, as it may for entries).
/// </summary>
public static class MediaFiles
{
    /// <summary>The file's full path and content type, or null when the path names nothing that may be served.</summary>
    public static (string Path, string ContentType)? Find(string contentRoot, string relativePath)
    {
        if (MediaTypes.Of(relativePath) is not { } contentType || relativePath.Any(c => char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        var segments = relativePath.Split('/');
        var current = contentRoot;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0 || segment.StartsWith('.') || segment.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
            {
                return null;
            }

            current = System.IO.Path.Combine(current, segment);
            FileSystemInfo entry = i < segments.Length - 1 ? new DirectoryInfo(current) : new FileInfo(current);
            if (!entry.Exists || entry.LinkTarget is not null || (entry.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Device)) != 0)
            {
                return null;
            }

            // Named pipes and devices report no length, and reading a pipe waits for a writer forever; an empty
            // picture shows nothing either.
            if (entry is FileInfo { Length: 0 })
            {
                return null;
            }
        }

        return (current, contentType);
    }
}
