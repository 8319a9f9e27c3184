using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// A loaded journal in one file, so that a new server is ready without loading its folder: every source file keyed by
/// its path, size, last write time and content hash, with what loading it gave (post as rendered, diagnostics), the
/// folder's own diagnostics, emotions.yml, and the public snapshot's search index. A server starts its
/// <see cref="ContentLibrary"/> from it, then checks it against the folder (<see cref="ContentLibrary.Refresh"/>), which
/// reads only the files that differ. A file written by another build of the engine or with other load settings is stale,
/// and a truncated, corrupt or foreign file is refused: none is ever partly used. See README.md beside the engine.
/// </summary>
public static class SnapshotFile
{
    /// <summary>Source files per section: sections are read one by one and decoded in parallel.</summary>
    private const int FilesPerSection = 2048;

    private const int FieldCount = 3;

    /// <summary>
    /// Brings <paramref name="library"/> up to date with its folder and writes what it holds to <paramref name="path"/>
    /// (through a temporary file beside it, so that a reader never meets half a file).
    /// </summary>
    public static SnapshotFileWritten Write(ContentLibrary library, string path)
    {
        ArgumentNullException.ThrowIfNull(library);
        var snapshots = library.Refresh();
        var index = snapshots.Public.SearchIndex;
        var state = library.Export();
        var files = state.Files.ToArray();
        Parallel.For(0, files.Length, i => files[i] = files[i] with { Hash = files[i].Hash ?? HashIfUnchanged(files[i].Stamp.FullPath, files[i].Stamp.Length, files[i].Stamp.LastWriteUtc) });
        var vocabularyFile = Path.Combine(library.Root, Vocabulary.VocabularyReader.FileName);
        var vocabulary = state.Vocabulary.Hash is null && state.Vocabulary.Stamp != default
            ? state.Vocabulary with { Hash = HashIfUnchanged(vocabularyFile, state.Vocabulary.Length, state.Vocabulary.Stamp) }
            : state.Vocabulary;

        var full = Path.GetFullPath(path);
        var temporary = full + $".{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            using (var sections = new SectionWriter(stream))
            {
                sections.Begin();
                sections.Write(SectionKind.Key, SnapshotKey.For(library.Options, library.Root).Write);
                sections.Write(SectionKind.Vocabulary, w => StateCodec.WriteVocabulary(w, vocabulary));
                sections.Write(SectionKind.Folder, w => StateCodec.WriteDiagnostics(w, [.. state.FolderDiagnostics]));
                foreach (var chunk in files.Chunk(FilesPerSection))
                {
                    sections.Write(SectionKind.Files, w =>
                    {
                        w.WriteCount(chunk.Length);
                        foreach (var file in chunk)
                        {
                            StateCodec.WriteFile(w, file);
                        }
                    });
                }

                sections.Write(SectionKind.SearchPosts, w => IndexCodec.WritePosts(w, snapshots.Public.Posts));
                sections.Write(SectionKind.SearchTerms, w => IndexCodec.WriteTerms(w, index));
                foreach (var field in index.Parts.Fields)
                {
                    sections.Write(SectionKind.SearchField, w => IndexCodec.WriteField(w, field));
                }

                sections.Write(SectionKind.SearchOffsets, w => IndexCodec.WriteOffsets(w, index.Parts.BodyOffsets));
                var count = sections.Sections;
                sections.Write(SectionKind.End, w =>
                {
                    w.Write(files.Length);
                    w.Write(count);
                });
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new SnapshotFileWritten(snapshots, files.Length, new FileInfo(full).Length);
    }

    /// <summary>
    /// Starts <paramref name="library"/> from the snapshot file at <paramref name="path"/> and returns the snapshots to serve
    /// at once; or, when the file cannot be used (missing, unreadable, foreign, truncated, corrupt, stale), why, with the
    /// library untouched. Never throws for what the file holds.
    /// </summary>
    public static SnapshotFileRestore Restore(ContentLibrary library, string path)
    {
        ArgumentNullException.ThrowIfNull(library);
        try
        {
            var (state, search) = Read(path, library);
            return new SnapshotFileRestore(library.Seed(state, posts => RestoreIndex(search, posts)), null, state.Files.Count);
        }
        catch (SnapshotFileProblem problem)
        {
            return new SnapshotFileRestore(null, problem.Message, 0);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new SnapshotFileRestore(null, "it does not exist", 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SnapshotFileRestore(null, $"it cannot be read ({e.GetType().Name})", 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new SnapshotFileRestore(null, $"it is corrupt ({e.GetType().Name} while reading it)", 0);
        }
    }

    private static (LibraryState State, List<byte[]> Search) Read(string path, ContentLibrary library)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var sections = new SectionReader(stream);
        sections.Begin();
        var key = sections.Next() is (SectionKind.Key, var keyPayload)
            ? SnapshotKey.Read(new PayloadReader(keyPayload))
            : throw new SnapshotFileProblem("it is corrupt (it does not begin with its key)");
        if (key.StaleAgainst(SnapshotKey.For(library.Options, library.Root)) is { } stale)
        {
            throw new SnapshotFileProblem(stale);
        }

        VocabularyState? vocabulary = null;
        Diagnostic[]? folder = null;
        // Each section of files is decoded while the next one is read.
        var fileSections = new List<Task<FileEntry[]>>();
        var search = new List<byte[]>();
        var read = 1;
        while (true)
        {
            var (kind, payload) = sections.Next() ?? throw new SnapshotFileProblem("it is truncated (its end section is missing)");
            switch (kind)
            {
                case SectionKind.Vocabulary when vocabulary is null:
                    var vocabularyReader = new PayloadReader(payload);
                    vocabulary = StateCodec.ReadVocabulary(vocabularyReader);
                    vocabularyReader.ExpectEnd();
                    break;
                case SectionKind.Folder when folder is null:
                    var folderReader = new PayloadReader(payload);
                    folder = StateCodec.ReadDiagnostics(folderReader);
                    folderReader.ExpectEnd();
                    break;
                case SectionKind.Files:
                    fileSections.Add(Task.Run(() => ReadFiles(payload, library.Root)));
                    break;
                case SectionKind.SearchPosts or SectionKind.SearchTerms or SectionKind.SearchField or SectionKind.SearchOffsets:
                    search.Add(payload);
                    break;
                case SectionKind.End:
                    var end = new PayloadReader(payload);
                    var (fileCount, sectionCount) = (end.ReadInt32(), end.ReadInt32());
                    end.ExpectEnd();
                    var files = Combine(fileSections);
                    if (sectionCount != read || fileCount != files.Count || vocabulary is null || folder is null || search.Count != 3 + FieldCount)
                    {
                        throw new SnapshotFileProblem("it is corrupt (its sections do not add up to what its end says)");
                    }

                    if (sections.Next() is not null)
                    {
                        throw new SnapshotFileProblem("it is corrupt (something follows its end)");
                    }

                    return (new LibraryState(files, folder, vocabulary), search);
                default:
                    throw new SnapshotFileProblem($"it is corrupt (an unexpected {kind} section)");
            }

            read++;
        }
    }

    private static FileEntry[] ReadFiles(byte[] section, string root)
    {
        var reader = new PayloadReader(section);
        var files = new FileEntry[reader.ReadCount()];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = StateCodec.ReadFile(reader, root);
        }

        reader.ExpectEnd();
        return files;
    }

    private static List<FileEntry> Combine(List<Task<FileEntry[]>> sections)
    {
        try
        {
            Task.WaitAll(sections);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<SnapshotFileProblem>().FirstOrDefault() is { } problem)
        {
            throw problem;
        }

        var files = sections.SelectMany(s => s.Result).ToList();
        if (files.Select(f => f.Stamp.RelativePath).Distinct(StringComparer.Ordinal).Count() != files.Count)
        {
            throw new SnapshotFileProblem("it is corrupt (it names a source file twice)");
        }

        return files;
    }

    /// <summary>The index kept in the file when it was built for exactly these posts; null (build it) otherwise.</summary>
    private static SearchIndex? RestoreIndex(List<byte[]> search, IReadOnlyList<Post> posts)
    {
        try
        {
            if (!IndexCodec.SamePosts(new PayloadReader(search[0]), posts))
            {
                return null;
            }

            var terms = IndexCodec.ReadTerms(new PayloadReader(search[1]));
            var fields = new FieldPostings[FieldCount];
            Parallel.For(0, FieldCount, i => fields[i] = IndexCodec.ReadField(new PayloadReader(search[2 + i])));
            var offsets = IndexCodec.ReadOffsets(new PayloadReader(search[2 + FieldCount]));
            return IndexCodec.Consistent(terms, fields, offsets, posts.Count) ? SearchIndex.Restore(posts, terms, fields, offsets) : null;
        }
        catch (Exception e) when (e is SnapshotFileProblem or AggregateException)
        {
            return null;
        }
    }

    /// <summary>The file's hash when it still has the stamp it was read with; null when it changed meanwhile (it is then read again).</summary>
    private static byte[]? HashIfUnchanged(string path, long length, DateTime written)
    {
        var hash = ContentHashes.Of(path);
        var now = new FileInfo(path);
        return now.Exists && now.Length == length && now.LastWriteTimeUtc == written ? hash : null;
    }
}
