using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// Reads a section payload written with <see cref="BinaryWriter"/> and <see cref="PayloadWrites"/>, straight from the
/// bytes: a read past the end is <see cref="SnapshotFileProblem"/>, never an index out of range.
/// </summary>
internal sealed class PayloadReader(byte[] payload)
{
    private int position;

    public bool AtEnd => position == payload.Length;

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() switch
    {
        0 => false,
        1 => true,
        _ => throw Corrupt(),
    };

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public int ReadCount()
    {
        var count = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var part = ReadByte();
            count |= (part & 0x7F) << shift;
            if (part < 0x80)
            {
                return count >= 0 && count <= payload.Length - position ? count : throw Corrupt();
            }
        }

        throw Corrupt();
    }

    public string ReadString() => Encoding.UTF8.GetString(Take(ReadCount()));

    public string? ReadOptionalString() => ReadBoolean() ? ReadString() : null;

    public int? ReadOptionalInt32() => ReadBoolean() ? ReadInt32() : null;

    public string[] ReadStrings()
    {
        var values = new string[ReadCount()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString();
        }

        return values;
    }

    public byte[] ReadBlock() => Take(ReadCount()).ToArray();

    /// <summary>
    /// A block as a slice of the payload itself, not a copy: for the bodies' HTML and text, most of a snapshot file's bytes.
    /// The payload then lives as long as any post that points into it.
    /// </summary>
    public ReadOnlyMemory<byte> ReadBlockInPlace()
    {
        var count = ReadCount();
        var start = position;
        Take(count);
        return payload.AsMemory(start, count);
    }

    public T[] ReadArray<T>()
        where T : unmanaged
    {
        var count = ReadCount();
        var size = Marshal.SizeOf<T>();
        return count > (payload.Length - position) / size ? throw Corrupt() : MemoryMarshal.Cast<byte, T>(Take(count * size)).ToArray();
    }

    /// <summary>The section must have been read whole: anything left over means it was not written by this format.</summary>
    public void ExpectEnd()
    {
        if (!AtEnd)
        {
            throw Corrupt();
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > payload.Length - position)
        {
            throw Corrupt();
        }

        var span = payload.AsSpan(position, count);
        position += count;
        return span;
    }

    private static SnapshotFileProblem Corrupt() => new("it is corrupt (a section does not hold what its kind says)");
}
