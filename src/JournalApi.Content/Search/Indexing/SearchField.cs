namespace JournalApi.Content.Search.Indexing;

/// <summary>The parts of a post that are searched, each scored on its own and weighted (see <see cref="Bm25"/>).</summary>
internal enum SearchField
{
    Title,
    Description,
    Body,
}
