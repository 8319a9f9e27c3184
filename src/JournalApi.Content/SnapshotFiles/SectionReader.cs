using System.Buffers.Binary;
using System.IO.Hashing;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>Reads the sections of a snapshot file in order, checking each payload against its checksum before it is used.</summary>
internal sealed class SectionReader(Stream input)
{
    /// <summary>Checks the magic bytes: a file that lacks them is not a snapshot file at all.</summary>
    public void Begin()
    {
        Span<byte> magic = stackalloc byte[SectionWriter.Magic.Length];
        if (input.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) < magic.Length || !magic.SequenceEqual(SectionWriter.Magic))
        {
            throw new SnapshotFileProblem("it is not a JournalApi snapshot file");
        }
    }

    /// <summary>The next section, or null at the end of the file.</summary>
    public (SectionKind Kind, byte[] Payload)? Next()
    {
        Span<byte> head = stackalloc byte[5];
        var read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            return null;
        }

        var length = read < head.Length ? throw Truncated() : BinaryPrimitives.ReadInt32LittleEndian(head[1..]);
        if (length < 0 || (input.CanSeek && length > input.Length - input.Position))
        {
            throw input.CanSeek && length > 0 ? Truncated() : new SnapshotFileProblem("it is corrupt (a section's length is impossible)");
        }

        var payload = GC.AllocateUninitializedArray<byte>(length);
        Span<byte> checksum = stackalloc byte[sizeof(ulong)];
        if (input.ReadAtLeast(payload, length, throwOnEndOfStream: false) < length || input.ReadAtLeast(checksum, checksum.Length, throwOnEndOfStream: false) < checksum.Length)
        {
            throw Truncated();
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(checksum) != XxHash3.HashToUInt64(payload))
        {
            throw new SnapshotFileProblem($"it is corrupt (the checksum of a {(SectionKind)head[0]} section does not match its bytes)");
        }

        return ((SectionKind)head[0], payload);
    }

    private static SnapshotFileProblem Truncated() => new("it is truncated (it ends inside a section)");
}
