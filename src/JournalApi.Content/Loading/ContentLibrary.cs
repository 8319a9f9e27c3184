using JournalApi.Content.Files;
using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.SnapshotFiles;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Loading;

/// <summary>
/// A content folder kept in step with the disk. Each refresh re-finds the files (a walk of names and stamps,
/// no reading), re-reads only the files whose size or write time changed or that a watcher named, and builds
/// new snapshots. When an edit breaks a file that was valid, the last good version of its entry stays served
/// and its diagnostics say so; a deleted file disappears. A folder that cannot be listed (unreadable, vanished)
/// keeps the entries last read from it, with a diagnostic that says why; when the content folder is replaced
/// (deleted and made again, or a symbolic link swapped to a new target), every file is read again.
/// A library may start from a snapshot file instead (<see cref="SnapshotFile"/>): its files carry the hash of the content
/// they were read from, so a file whose stamp changed but whose bytes did not (a fresh checkout) is not read again.
/// </summary>
public sealed class ContentLibrary(string root, LoadOptions options, TimeProvider clock)
{
    private readonly EntryLoader entries = new(options);
    private readonly Lock gate = new();
    private Dictionary<string, FileState> files = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> findDiagnostics = [];
    private Diagnostic? refreshFailure;
    private RootIdentity? identity;
    private (DateTime Stamp, long Length) vocabularyStamp;
    private EmotionVocabulary vocabulary = EmotionVocabulary.Open;
    private IReadOnlyList<Diagnostic> vocabularyDiagnostics = [];
    private byte[]? vocabularyHash;
    // What a snapshot file gave, served again by the first refresh when the folder turns out to hold exactly that.
    private ContentSnapshots? seeded;
    // The snapshots built last, whose unchanged parts the next build takes over.
    private ContentSnapshots? lastBuilt;

    // The paths of files in ordinal order as the last build found them (see InPathOrder).
    private string[]? pathOrder;

    public string Root => root;

    public LoadOptions Options => options;

    /// <summary>Files read by the last refresh (for tests and the benchmark: unchanged files are never read again).</summary>
    public int LastReadCount { get; private set; }

    /// <summary>Brings the library up to date with the disk and returns the snapshots to serve.</summary>
    /// <param name="touched">
    /// Relative paths a watcher reported; they are re-read even if their stamps look unchanged. When some are given, they
    /// are taken as every change: only they are looked at, and the folder is listed only when one of them needs it (a
    /// folder, a link, a folder that could not be listed before). Null or empty lists the whole folder and compares every
    /// stamp (the first load, a poll, a watcher that lost events).
    /// </param>
    public ContentSnapshots Refresh(IReadOnlyCollection<string>? touched = null)
    {
        lock (gate)
        {
            options.BeforeRefresh?.Invoke();
            var now = RootIdentity.Of(root);
            if (touched is { Count: > 0 } && identity == now && seeded is null && LookAtOnly(touched) is { } looked)
            {
                return RefreshOnly(looked);
            }

            var replaced = identity is { } before && before != now;
            identity = now;
            var scan = ContentFileFinder.Scan(root);
            var (vocabularyBefore, findBefore, seededBefore) = (vocabularyDiagnostics, findDiagnostics, seeded);
            seeded = null;
            if (!scan.IsUnlisted(VocabularyReader.FileName))
            {
                // A folder that cannot be listed has not lost its emotions.yml: the vocabulary in use stays.
                RefreshVocabulary();
            }

            var candidates = scan.Files.Where(f => replaced || touched?.Contains(f.RelativePath) == true || !files.TryGetValue(f.RelativePath, out var known) ||
                known.Stamp.Length != f.Length || known.Stamp.LastWriteUtc != f.LastWriteUtc).ToList();
            var results = new EntryResult?[candidates.Count];
            Parallel.For(0, candidates.Count, i => results[i] = !replaced && HoldsKnownContent(candidates[i]) ? null : entries.Load(candidates[i]));
            var stale = candidates.Where((_, i) => results[i] is not null).ToList();
            var loaded = results.OfType<EntryResult>().ToList();

            var next = new Dictionary<string, FileState>(scan.Files.Count, StringComparer.Ordinal);
            foreach (var file in scan.Files)
            {
                next[file.RelativePath] = files.TryGetValue(file.RelativePath, out var previous) ? previous with { Stamp = file } : null!;
            }

            // What a folder that cannot be listed held is unknown: what was read from it before stays, reported by its folder.
            foreach (var (path, state) in files)
            {
                if (!next.ContainsKey(path) && scan.IsUnlisted(path))
                {
                    next[path] = state;
                }
            }

            for (var i = 0; i < stale.Count; i++)
            {
                var path = stale[i].RelativePath;
                var lastGood = loaded[i].Post ?? next[path]?.Served;
                next[path] = new FileState(stale[i], loaded[i], lastGood);
            }

            var sameFiles = next.Count == files.Count && next.Keys.All(files.ContainsKey);
            files = next;
            findDiagnostics = [.. scan.Diagnostics.Select(d => KeepsEntries(d, next)
                ? d with { ServingLastGood = true, Message = d.Message + " The entries read from it before are still served." }
                : d)];
            refreshFailure = null;
            LastReadCount = stale.Count;
            if (seededBefore is not null && stale.Count == 0 && sameFiles && ReferenceEquals(vocabularyBefore, vocabularyDiagnostics) &&
                findBefore.SequenceEqual(findDiagnostics) && !(seededBefore.NextScheduled <= clock.GetUtcNow()))
            {
                // The folder holds what the snapshot file said: the snapshots served from it stay, with their search index.
                return seededBefore;
            }

            return Build();
        }
    }

    /// <summary>
    /// What each touched path names now (null: no entry), or null when one of them needs the whole folder listed: the
    /// last listing reported a problem a walk must look at again, or a path is a folder, a link, or held files before.
    /// </summary>
    private Dictionary<string, ContentFile?>? LookAtOnly(IReadOnlyCollection<string> touched)
    {
        if (findDiagnostics.Any(d => d.Code != DiagnosticCodes.SymbolicLink || touched.Contains(d.Path)))
        {
            return null;
        }

        var looked = new Dictionary<string, ContentFile?>(touched.Count, StringComparer.Ordinal);
        foreach (var path in touched)
        {
            if (path == VocabularyReader.FileName)
            {
                continue;
            }

            if (!ContentFileFinder.TryLook(root, path, out var file))
            {
                return null;
            }

            if (file is null && !files.ContainsKey(path))
            {
                // Not an entry, and none was read from it: a folder moved away or deleted would have held some.
                var prefix = path + "/";
                if (files.Keys.Any(known => known.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    return null;
                }

                continue;
            }

            looked[path] = file;
        }

        return looked;
    }

    /// <summary>Re-reads the files a watcher named and drops those gone, keeping everything else as it was.</summary>
    private ContentSnapshots RefreshOnly(Dictionary<string, ContentFile?> looked)
    {
        RefreshVocabulary();
        var candidates = looked.Values.OfType<ContentFile>().ToList();
        var results = new EntryResult[candidates.Count];
        Parallel.For(0, candidates.Count, i => results[i] = entries.Load(candidates[i]));
        var next = new Dictionary<string, FileState>(files, StringComparer.Ordinal);
        foreach (var (path, file) in looked)
        {
            if (file is null)
            {
                next.Remove(path);
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var path = candidates[i].RelativePath;
            var lastGood = results[i].Post ?? (next.TryGetValue(path, out var previous) ? previous.Served : null);
            next[path] = new FileState(candidates[i], results[i], lastGood);
        }

        files = next;
        refreshFailure = null;
        LastReadCount = candidates.Count;
        return Build();
    }

    /// <summary>
    /// Whether a file whose stamp changed still holds the bytes its result was made from: known only for files that came
    /// from a snapshot file, which keeps each file's content hash. Such a file is not read again.
    /// </summary>
    private bool HoldsKnownContent(ContentFile file) =>
        files.TryGetValue(file.RelativePath, out var known) && known.Hash is { } hash && known.Stamp.Length == file.Length &&
        ContentHashes.Matches(file.FullPath, hash);

    /// <summary>What the library holds, for writing a snapshot file.</summary>
    internal LibraryState Export()
    {
        lock (gate)
        {
            return new LibraryState(
                [.. files.Values.OrderBy(f => f.Stamp.RelativePath, StringComparer.Ordinal).Select(f => new FileEntry(f.Stamp, f.Hash, f.Latest, f.Served))],
                findDiagnostics,
                new VocabularyState(vocabularyStamp.Stamp, vocabularyStamp.Length, vocabularyHash, vocabulary, vocabularyDiagnostics));
        }
    }

    /// <summary>
    /// Starts the library from what a snapshot file held, reading nothing, and returns the snapshots it gives (the public
    /// one answering searches with <paramref name="keptIndex"/>). The next <see cref="Refresh"/> checks every file against
    /// the folder and reads only those that differ; when none does, it returns these same snapshots.
    /// </summary>
    internal ContentSnapshots Seed(LibraryState state, Func<IReadOnlyList<Post>, SearchIndex?>? keptIndex)
    {
        lock (gate)
        {
            files = state.Files.ToDictionary(f => f.Stamp.RelativePath, f => new FileState(f.Stamp, f.Latest, f.Served, f.Hash), StringComparer.Ordinal);
            findDiagnostics = state.FolderDiagnostics;
            refreshFailure = null;
            identity = null;
            vocabularyStamp = (state.Vocabulary.Stamp, state.Vocabulary.Length);
            vocabularyHash = state.Vocabulary.Hash;
            vocabulary = state.Vocabulary.Vocabulary;
            vocabularyDiagnostics = state.Vocabulary.Diagnostics;
            LastReadCount = 0;
            try
            {
                seeded = Build(keptIndex);
                return seeded;
            }
            catch
            {
                // A file that cannot even be built from is not used at all: the library starts empty, as if never seeded.
                (files, findDiagnostics, vocabularyStamp, vocabularyHash, vocabulary, vocabularyDiagnostics) =
                    (new(StringComparer.Ordinal), [], default, null, EmotionVocabulary.Open, []);
                throw;
            }
        }
    }

    /// <summary>
    /// Rebuilds the snapshots from what is already loaded, reading nothing: for scheduled entries whose moment came.
    /// When the content folder was replaced meanwhile (a symbolic link swapped, a folder made again) it refreshes instead.
    /// </summary>
    public ContentSnapshots Rebuild()
    {
        lock (gate)
        {
            if (identity is { } known && known != RootIdentity.Of(root))
            {
                return Refresh();
            }

            // What is published from now on is newer than what the snapshot file gave: no refresh may go back to it.
            seeded = null;
            LastReadCount = 0;
            return Build();
        }
    }

    /// <summary>
    /// Records that a refresh failed as a whole, and returns the snapshots of what was served before with a diagnostic
    /// saying so; the next successful refresh clears it.
    /// </summary>
    public ContentSnapshots ReportFailure(Exception reason, DateTimeOffset since)
    {
        lock (gate)
        {
            seeded = null;
            refreshFailure = new Diagnostic(".", null, null, DiagnosticSeverity.Error, DiagnosticCodes.RefreshFailed, null,
                $"Re-reading the content folder failed at {since:yyyy-MM-dd'T'HH:mm:ss'Z'} ({reason.GetType().Name}); the entries read before are still " +
                "served, and it is tried again.", null, ServingLastGood: true);
            return Build();
        }
    }

    /// <summary>Whether a diagnostic names a folder that could not be listed, from which entries read before are still served.</summary>
    private static bool KeepsEntries(Diagnostic diagnostic, Dictionary<string, FileState> kept)
    {
        if (diagnostic.Code is not (DiagnosticCodes.FolderUnreadable or DiagnosticCodes.FolderMissing or DiagnosticCodes.PathTooLong))
        {
            return false;
        }

        var prefix = diagnostic.Path == "." ? "" : diagnostic.Path + "/";
        return kept.Any(f => f.Value.Served is not null && f.Key.StartsWith(prefix, StringComparison.Ordinal));
    }

    private ContentSnapshots Build(Func<IReadOnlyList<Post>, SearchIndex?>? keptIndex = null)
    {
        var diagnostics = files.Values.SelectMany(s => s.Latest.Post is null && s.Served is not null
            ? s.Latest.Diagnostics.Select(d => d with { ServingLastGood = true })
            : s.Latest.Diagnostics);
        var folderDiagnostics = findDiagnostics.Concat(refreshFailure is null ? [] : [refreshFailure]);
        var hidden = files.Values.Where(s => s.Latest.IsDraft && s.Served is null).Select(s => s.Latest.Path);
        var built = SnapshotBuilder.Build(InPathOrder().Where(s => s.Served is not null).Select(s => s.Served!),
            diagnostics.Concat(folderDiagnostics).Concat(vocabularyDiagnostics), options.Previews, clock.GetUtcNow(), vocabulary, hidden, keptIndex,
            lastBuilt?.Public);
        lastBuilt = built;
        return built;
    }

    /// <summary>
    /// The files in ordinal order of their paths, the order slugs are given in (see <see cref="SlugAssigner"/>), so that
    /// it need not sort them: the order is sorted again only when the set of paths changed since the last build.
    /// </summary>
    private List<FileState> InPathOrder()
    {
        var ordered = new List<FileState>(files.Count);
        if (pathOrder is not null && pathOrder.Length == files.Count)
        {
            foreach (var path in pathOrder)
            {
                if (!files.TryGetValue(path, out var state))
                {
                    break;
                }

                ordered.Add(state);
            }

            if (ordered.Count == files.Count)
            {
                return ordered;
            }
        }

        pathOrder = [.. files.Keys];
        Array.Sort(pathOrder, StringComparer.Ordinal);
        ordered.Clear();
        ordered.AddRange(pathOrder.Select(path => files[path]));
        return ordered;
    }

    /// <summary>Re-reads emotions.yml when it changed. A broken file keeps the last valid vocabulary in use, reported.</summary>
    private void RefreshVocabulary()
    {
        var file = new FileInfo(Path.Combine(root, VocabularyReader.FileName));
        var stamp = file.Exists && file.LinkTarget is null ? (file.LastWriteTimeUtc, file.Length) : default;
        if (stamp == vocabularyStamp)
        {
            return;
        }

        var sameBytes = vocabularyHash is { } hash && stamp != default && stamp.Length == vocabularyStamp.Length && ContentHashes.Matches(file.FullName, hash);
        vocabularyStamp = stamp;
        if (sameBytes)
        {
            return;
        }

        vocabularyHash = null;
        if (stamp == default)
        {
            (vocabulary, vocabularyDiagnostics) = (EmotionVocabulary.Open, []);
            return;
        }

        var (text, problem) = FileReader.Read(new ContentFile(file.FullName, VocabularyReader.FileName, file.Length, file.LastWriteTimeUtc),
            options.MaxFileBytes);
        var (read, diagnostics) = text is null ? (null, [problem!]) : VocabularyReader.Read(text);
        vocabulary = read ?? vocabulary;
        vocabularyDiagnostics = diagnostics;
    }

    /// <summary>
    /// What is known of one file: its stamp when read, its latest result, the post being served for it, and the hash of the
    /// content the result was made from when a snapshot file gave it.
    /// </summary>
    private sealed record FileState(ContentFile Stamp, EntryResult Latest, Post? Served, byte[]? Hash = null);
}
