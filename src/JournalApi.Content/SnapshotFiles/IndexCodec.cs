using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// Writes a search index as its arrays (terms, spellings, folded forms, per field the postings with their BM25 impacts and
/// varint positions, the body's word offsets) and reads it back for the posts it was built from: reading arrays costs a
/// copy, where building the index again analyses every word of every post.
/// </summary>
internal static class IndexCodec
{
    /// <summary>The posts the index was built for, by position: a restored index is used only for the very same list.</summary>
    public static void WritePosts(BinaryWriter writer, IReadOnlyList<Post> posts)
    {
        writer.WriteCount(posts.Count);
        foreach (var post in posts)
        {
            writer.Write(post.SourcePath);
            writer.Write(post.ContentHash);
        }
    }

    public static bool SamePosts(PayloadReader reader, IReadOnlyList<Post> posts)
    {
        if (reader.ReadCount() != posts.Count)
        {
            return false;
        }

        foreach (var post in posts)
        {
            if (reader.ReadString() != post.SourcePath || reader.ReadString() != post.ContentHash)
            {
                return false;
            }
        }

        return true;
    }

    public static void WriteTerms(BinaryWriter writer, SearchIndex index)
    {
        var (terms, spellings, folded, foldedTerms) = index.Parts.Terms.Parts;
        writer.WriteStrings(terms);
        writer.WriteCount(spellings.Count);
        foreach (var (spelling, term) in spellings)
        {
            writer.Write(spelling);
            writer.Write(term);
        }

        writer.WriteStrings(folded);
        writer.WriteArray(foldedTerms);
    }

    public static TermDictionary ReadTerms(PayloadReader reader)
    {
        var terms = reader.ReadStrings();
        var count = reader.ReadCount();
        var spellings = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            spellings[reader.ReadString()] = reader.ReadInt32();
        }

        var folded = reader.ReadStrings();
        var foldedTerms = reader.ReadArray<int>();
        reader.ExpectEnd();
        return new TermDictionary(terms, spellings, folded, foldedTerms);
    }

    public static void WriteField(BinaryWriter writer, FieldPostings field)
    {
        writer.WriteArray(field.TermStart);
        writer.WriteArray(field.Documents);
        writer.WriteArray(field.Impacts);
        writer.WriteArray(field.PositionStart);
        writer.WriteArray(field.Positions);
    }

    public static FieldPostings ReadField(PayloadReader reader)
    {
        var field = new FieldPostings(reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<float>(), reader.ReadArray<int>(), reader.ReadArray<byte>());
        reader.ExpectEnd();
        return field;
    }

    /// <summary>Whether the arrays read agree with each other and with the number of posts, so that no query can run off them.</summary>
    public static bool Consistent(TermDictionary terms, FieldPostings[] fields, WordOffsets offsets, int posts)
    {
        var (_, _, folded, foldedTerms) = terms.Parts;
        return folded.Length == foldedTerms.Length && foldedTerms.All(t => (uint)t < (uint)terms.Count) && offsets.Checkpoints.Length == posts &&
            fields.All(f => f.TermStart.Length == terms.Count + 1 && f.TermStart[0] == 0 && f.TermStart[^1] == f.Documents.Length &&
                f.Impacts.Length == f.Documents.Length && f.PositionStart.Length == f.Documents.Length + 1 && f.PositionStart[^1] == f.Positions.Length &&
                IsAscending(f.TermStart) && IsAscending(f.PositionStart) && f.Documents.All(d => (uint)d < (uint)posts));
    }

    private static bool IsAscending(int[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    public static void WriteOffsets(BinaryWriter writer, WordOffsets offsets)
    {
        writer.WriteCount(offsets.Checkpoints.Length);
        foreach (var post in offsets.Checkpoints)
        {
            writer.WriteArray(post);
        }
    }

    public static WordOffsets ReadOffsets(PayloadReader reader)
    {
        var offsets = new int[reader.ReadCount()][];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = reader.ReadArray<int>();
        }

        reader.ExpectEnd();
        return new WordOffsets(offsets);
    }
}
