using System.Runtime.InteropServices;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// The few shapes a section payload is made of, on top of <see cref="BinaryWriter"/>'s little-endian numbers and
/// length-prefixed UTF-8 strings; <see cref="PayloadReader"/> reads them back.
/// </summary>
internal static class PayloadWrites
{
    public static void WriteCount(this BinaryWriter writer, int count) => writer.Write7BitEncodedInt(count);

    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static void WriteOptional(this BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value is { } number)
        {
            writer.Write(number);
        }
    }

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.WriteCount(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static void WriteBlock(this BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.WriteCount(bytes.Length);
        writer.Write(bytes);
    }

    public static void WriteArray<T>(this BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.WriteCount(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
