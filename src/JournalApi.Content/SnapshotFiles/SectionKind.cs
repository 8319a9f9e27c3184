namespace JournalApi.Content.SnapshotFiles;

/// <summary>What a section of a snapshot file holds. The key comes first and the end last; files may span several sections.</summary>
internal enum SectionKind : byte
{
    Key = 1,
    Vocabulary = 2,
    Folder = 3,
    Files = 4,
    SearchPosts = 5,
    SearchTerms = 6,
    SearchField = 7,
    SearchOffsets = 8,
    End = 255,
}
