using JournalApi.Content.Model;

namespace JournalApi.Content.Files;

/// <summary>
/// Finds the entries under a content folder: regular <c>*.md</c>, <c>*.markdown</c>, <c>*.mkd</c>, <c>*.mkdn</c> and <c>*.mkdown</c> files,
/// skipping hidden names, editor leftovers and everything that is not a regular file.
/// Symbolic links are never followed; each one is reported.
/// </summary>
public static class ContentFileFinder
{
    // Jekyll's list of Markdown extensions.
    private static readonly string[] EntryExtensions = [".md", ".markdown", ".mkd", ".mkdn", ".mkdown"];
    private static readonly string[] LeftoverSuffixes = ["~", ".swp", ".tmp", ".bak", ".orig"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Every entry file, sorted by relative path (ordinal), plus diagnostics for links.</summary>
    public static (IReadOnlyList<ContentFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Find(string root)
    {
        var files = new List<ContentFile>();
        var diagnostics = new List<Diagnostic>();
        Walk(new DirectoryInfo(root), "", files, diagnostics);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        diagnostics.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return (files, diagnostics);
    }

    /// <summary>Whether a path relative to the content folder names a file the loader reads.</summary>
    public static bool IsEntryPath(string relativePath)
    {
        var parts = relativePath.Split('/', '\\');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (IsIgnoredFolderName(parts[i]))
            {
                return false;
            }
        }

        return IsEntryFileName(parts[^1]);
    }

    public static bool IsEntryFileName(string name) =>
        !IsHiddenOrLeftover(name) && EntryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsIgnoredFolderName(string name) =>
        name != "_posts" && IsHiddenOrLeftover(name);

    private static bool IsHiddenOrLeftover(string name) =>
        name.StartsWith('.') || name.StartsWith('_') || (name.StartsWith('#') && name.EndsWith('#')) ||
        LeftoverSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static void Walk(DirectoryInfo folder, string prefix, List<ContentFile> files, List<Diagnostic> diagnostics)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos("*", OneLevel))
        {
            var relative = prefix + entry.Name;
            var isFolder = entry is DirectoryInfo;
            if (isFolder ? IsIgnoredFolderName(entry.Name) : !IsEntryFileName(entry.Name))
            {
                continue;
            }

            try
            {
                Visit(entry, relative, isFolder, files, diagnostics);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Deleted or renamed between the listing and this look at it: it is simply not there any more,
                // and the watcher reports the change that removed it.
            }
        }
    }

    private static void Visit(FileSystemInfo entry, string relative, bool isFolder, List<ContentFile> files, List<Diagnostic> diagnostics)
    {
        // The attribute comes with the listing; reading the link target is a system call, made only for links.
        if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
        {
            diagnostics.Add(new Diagnostic(relative, null, null, DiagnosticSeverity.Warning, DiagnosticCodes.SymbolicLink, null,
                $"'{relative}' is a symbolic link to '{entry.LinkTarget}'; links are never followed, so it is not loaded.",
                "Copy or move the file into the content folder instead of linking to it."));
        }
        else if (isFolder)
        {
            Walk((DirectoryInfo)entry, relative + "/", files, diagnostics);
        }
        else if (entry is FileInfo file)
        {
            files.Add(new ContentFile(file.FullName, relative, file.Length, file.LastWriteTimeUtc));
        }
    }
}
