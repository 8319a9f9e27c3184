using JournalApi.Content.Model;

namespace JournalApi.Content.Files;

/// <summary>
/// Finds the entries under a content folder: regular <c>*.md</c>, <c>*.markdown</c>, <c>*.mkd</c>, <c>*.mkdn</c>, <c>*.mkdown</c> and <c>*.mdown</c> files,
/// and <c>*.html</c> / <c>*.htm</c> files that Jekyll and Hugo publish as posts (in a <c>_posts</c> folder, or starting with
/// front matter), skipping hidden names, editor leftovers and everything that is not a regular file.
/// Symbolic links are never followed; each one is reported.
/// </summary>
public static class ContentFileFinder
{
    // Jekyll's list of Markdown extensions, and Hugo's '.mdown'.
    private static readonly string[] EntryExtensions = [".md", ".markdown", ".mkd", ".mkdn", ".mkdown", ".mdown"];

    // Posts written as HTML. Any other HTML file (a page, a template, a static file) is not an entry: it needs front
    // matter, which is what makes Jekyll and Hugo treat it as content, unless it is in _posts, where Jekyll publishes
    // a dated file without any.
    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private static readonly string[] LeftoverSuffixes = ["~", ".swp", ".tmp", ".bak", ".orig"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Every entry file, sorted by relative path (ordinal), plus diagnostics for links and unreadable folders.</summary>
    public static (IReadOnlyList<ContentFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Find(string root)
    {
        var scan = Scan(root);
        return (scan.Files, scan.Diagnostics);
    }

    /// <summary>
    /// Like <see cref="Find"/>, and also names the folders that could not be listed (the content folder itself as "")
    /// so that the entries last read from them can stay served.
    /// </summary>
    public static FolderScan Scan(string root)
    {
        var files = new List<ContentFile>();
        var diagnostics = new List<Diagnostic>();
        var unlisted = new List<string>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(new Diagnostic(".", null, null, DiagnosticSeverity.Error, DiagnosticCodes.FolderMissing, null,
                "The content folder is not there (deleted, renamed or not mounted).",
                "Put the folder back, or point Content:Path at where it is now."));
            unlisted.Add("");
        }
        else
        {
            Walk(root, new DirectoryInfo(root), "", files, diagnostics, unlisted);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        diagnostics.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderScan(files, diagnostics, unlisted);
    }

    /// <summary>
    /// Looks at the one path a watcher named, as a walk of the folder would see it, without listing any folder: the entry
    /// file it names, or null when it names none now (deleted, or not an entry). False when only a walk can tell: the path
    /// is (or lies under) a folder or a symbolic link, its name cannot be read, or looking at it failed.
    /// </summary>
    public static bool TryLook(string root, string relativePath, out ContentFile? file)
    {
        file = null;
        if (relativePath.Length == 0 || relativePath.Contains('\uFFFD', StringComparison.Ordinal) || Path.IsPathRooted(relativePath) ||
            relativePath.Split('/').Any(part => part is "" or "." or ".."))
        {
            return false;
        }

        var parts = relativePath.Split('/');
        if (parts.Any(IsIgnoredFolderName))
        {
            // In (or itself) a folder a walk skips, such as .git: never an entry.
            return true;
        }

        if (!IsEntryFileName(parts[^1]) && !IsHtmlFileName(parts[^1]))
        {
            // Not an entry's name: it matters to a walk only when it is a folder (made, or moved in with files in it).
            return !Directory.Exists(Path.Join(root, relativePath));
        }

        try
        {
            var folder = root;
            foreach (var part in parts[..^1])
            {
                folder = Path.Join(folder, part);
                var info = new DirectoryInfo(folder);
                if (!info.Exists)
                {
                    // Its folder is gone (or is a file): nothing there is an entry, unless a link to a folder, which a walk reports.
                    return !File.Exists(folder) || (File.GetAttributes(folder) & FileAttributes.ReparsePoint) == 0;
                }

                if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    return false;
                }
            }

            var found = new FileInfo(Path.Join(root, relativePath));
            if (!found.Exists)
            {
                return !Directory.Exists(found.FullName);
            }

            if ((found.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                return false;
            }

            if (!IsHtmlFileName(found.Name) || IsPostsFolder(relativePath) || (found.Length > 0 && IsPost(found)))
            {
                file = new ContentFile(found.FullName, relativePath, found.Length, found.LastWriteTimeUtc);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file = null;
            return false;
        }
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

        return IsEntryFileName(parts[^1]) || IsHtmlFileName(parts[^1]);
    }

    /// <summary>Whether a name is that of a Markdown entry.</summary>
    public static bool IsEntryFileName(string name) =>
        !IsHiddenOrLeftover(name) && EntryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a name is that of an HTML file, an entry when it is a post (see <see cref="Scan"/>).</summary>
    public static bool IsHtmlFileName(string name) =>
        !IsHiddenOrLeftover(name) && HtmlExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsPostsFolder(string relativeFile) =>
        relativeFile.StartsWith("_posts/", StringComparison.Ordinal) || relativeFile.Contains("/_posts/", StringComparison.Ordinal);

    /// <summary>Whether a file starts with a front matter fence (<c>---</c> or <c>+++</c>, after a BOM).</summary>
    private static bool StartsWithFrontMatter(FileInfo file)
    {
        Span<byte> start = stackalloc byte[8];
        int read;
        using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None))
        {
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }

        var text = start[..read];
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        return (text.StartsWith("---"u8) || text.StartsWith("+++"u8)) && (text.Length == 3 || text[3] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t');
    }

    private static bool IsIgnoredFolderName(string name) =>
        name != "_posts" && IsHiddenOrLeftover(name);

    private static bool IsHiddenOrLeftover(string name) =>
        name.StartsWith('.') || name.StartsWith('_') || (name.StartsWith('#') && name.EndsWith('#')) ||
        LeftoverSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static void Walk(string root, DirectoryInfo folder, string prefix, List<ContentFile> files, List<Diagnostic> diagnostics, List<string> unlisted)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. folder.EnumerateFileSystemInfos("*", OneLevel)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            unlisted.Add(prefix);
            // (Past the path limit .NET gives the folder no full name, so it is made from the root.)
            diagnostics.Add(Unlistable(prefix, Path.Join(root, prefix), e));
            return;
        }

        foreach (var entry in entries)
        {
            var relative = prefix + entry.Name;
            var isFolder = entry is DirectoryInfo;
            if (isFolder ? IsIgnoredFolderName(entry.Name) : !IsEntryFileName(entry.Name) && !IsHtmlFileName(entry.Name))
            {
                continue;
            }

            try
            {
                Visit(root, entry, relative, isFolder, files, diagnostics, unlisted);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !entry.Name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // Deleted or renamed between the listing and this look at it: it is simply not there any more,
                // and the watcher reports the change that removed it.
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // .NET reads names as UTF-8 and puts U+FFFD for bytes that are not; such a name cannot be opened again.
                diagnostics.Add(new Diagnostic(relative, null, null, DiagnosticSeverity.Error, DiagnosticCodes.NameNotUtf8, null,
                    $"The name of '{relative}' is not valid UTF-8 (shown with \uFFFD where its bytes are not), so it cannot be read.",
                    "Rename it with a UTF-8 name (convmv can convert a whole folder)."));
            }
            catch (PathTooLongException)
            {
                diagnostics.Add(new Diagnostic(relative, null, null, DiagnosticSeverity.Error, DiagnosticCodes.PathTooLong, null,
                    $"The path of '{relative}' is longer than the system allows, so it cannot be read.", "Shorten its name or its folders' names."));
            }
        }
    }

    /// <summary>
    /// Linux's PATH_MAX less the longest name: a folder this close to the limit has entries whose paths cannot be opened
    /// (.NET reports them as not found while listing it).
    /// </summary>
    private const int LongestPath = 4096 - 256;

    private static Diagnostic Unlistable(string prefix, string fullPath, Exception e)
    {
        var where = prefix.Length == 0 ? "." : prefix.TrimEnd('/');
        var (code, why) = e switch
        {
            _ when where.Contains('\uFFFD', StringComparison.Ordinal) => (DiagnosticCodes.NameNotUtf8, "its name is not valid UTF-8 (shown with \uFFFD)"),
            PathTooLongException => (DiagnosticCodes.PathTooLong, "its path is longer than the system allows"),
            DirectoryNotFoundException when System.Text.Encoding.UTF8.GetByteCount(fullPath) >= LongestPath =>
                (DiagnosticCodes.PathTooLong, "its path is longer than the system allows"),
            UnauthorizedAccessException => (DiagnosticCodes.FolderUnreadable, "permission to list it is denied"),
            DirectoryNotFoundException => (DiagnosticCodes.FolderMissing, "it is not there any more"),
            _ => (DiagnosticCodes.FolderUnreadable, "listing it failed"),
        };
        var what = prefix.Length == 0 ? "The content folder" : $"The folder '{where}'";
        return new Diagnostic(where, null, null, DiagnosticSeverity.Error, code, null,
            $"{what} cannot be read: {why}.",
            code == DiagnosticCodes.PathTooLong ? "Shorten the names of its folders." : "Give the user that runs JournalApi permission to read and enter it.");
    }

    private static bool IsPost(FileInfo file)
    {
        try
        {
            return StartsWithFrontMatter(file);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException and not FileNotFoundException and not DirectoryNotFoundException)
        {
            // (Named pipes and devices report no length and are never opened here.) Unreadable: taken as an entry, so that the loader reports why it cannot be read.
            return true;
        }
    }

    private static void Visit(string root, FileSystemInfo entry, string relative, bool isFolder, List<ContentFile> files, List<Diagnostic> diagnostics,
        List<string> unlisted)
    {
        // The attribute comes with the listing; reading the link target is a system call, made only for links. The target is not
        // named: diagnostics are public, and where a link points on the server is not.
        if ((entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null)
        {
            diagnostics.Add(new Diagnostic(relative, null, null, DiagnosticSeverity.Warning, DiagnosticCodes.SymbolicLink, null,
                $"'{relative}' is a symbolic link; links are never followed, so it is not loaded.",
                "Copy or move the file into the content folder instead of linking to it."));
        }
        else if (isFolder)
        {
            Walk(root, (DirectoryInfo)entry, relative + "/", files, diagnostics, unlisted);
        }
        else if (entry is FileInfo file && (!IsHtmlFileName(file.Name) || IsPostsFolder(relative) || (file.Length > 0 && IsPost(file))))
        {
            files.Add(new ContentFile(file.FullName, relative, file.Length, file.LastWriteTimeUtc));
        }
    }
}
