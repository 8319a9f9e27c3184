using System.IO.Hashing;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// Writes a snapshot file: the magic bytes, then sections, each its kind, its length, its payload and the XxHash3 of the
/// payload. A section's payload is built in memory with a <see cref="BinaryWriter"/> and written when complete.
/// </summary>
internal sealed class SectionWriter(Stream output) : IDisposable
{
    /// <summary>"JRNLSNAP": what every snapshot file starts with.</summary>
    public static ReadOnlySpan<byte> Magic => "JRNLSNAP"u8;

    private readonly BinaryWriter file = new(output);
    private readonly MemoryStream payload = new();
    private int sections;

    public int Sections => sections;

    public void Begin() => file.Write(Magic);

    /// <summary>Writes one section whose payload <paramref name="write"/> makes.</summary>
    public void Write(SectionKind kind, Action<BinaryWriter> write)
    {
        payload.SetLength(0);
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        file.Write((byte)kind);
        file.Write(bytes.Length);
        file.Write(bytes);
        file.Write(XxHash3.HashToUInt64(bytes));
        sections++;
    }

    public void Dispose()
    {
        file.Flush();
        payload.Dispose();
    }
}
