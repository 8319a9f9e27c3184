using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>One source file as a library knows it.</summary>
/// <param name="Stamp">Its path, size and last write time when it was read.</param>
/// <param name="Hash">The SHA-256 of the bytes its result was made from, when known.</param>
/// <param name="Latest">What loading it gave last.</param>
/// <param name="Served">The post served for it: the latest one, or the last good one while an edit has broken it.</param>
internal sealed record FileEntry(ContentFile Stamp, byte[]? Hash, EntryResult Latest, Post? Served);
