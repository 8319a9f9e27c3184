using System.Runtime.InteropServices;
using System.Text;

namespace JournalApi.Content.Tests.Faults;

/// <summary>
/// Makes what .NET's own file API cannot: a file whose name is not valid UTF-8, and folders nested past the system's
/// path limit (made one level at a time, relative to the folder above, as a writer's tools can).
/// </summary>
internal static partial class NativeFiles
{
    private const int OpenDirectory = 0x10000;
    private const int OpenCreateWriteOnly = 0x41;

    /// <summary>Creates an empty file in <paramref name="folder"/> named by raw bytes.</summary>
    public static void CreateFileNamed(string folder, byte[] name)
    {
        Directory.CreateDirectory(folder);
        var path = Encoding.UTF8.GetBytes(folder + "/").Concat(name).Append((byte)0).ToArray();
        var fd = Open(path, OpenCreateWriteOnly, 0x1A4);
        Check(fd);
        _ = Close(fd);
    }

    /// <summary>Creates <paramref name="levels"/> nested folders of 200-character names under <paramref name="folder"/>, and an entry in the deepest.</summary>
    public static void CreateTooDeepTree(string folder, int levels, byte[] entry)
    {
        Directory.CreateDirectory(folder);
        var fd = Open(Zero(Encoding.UTF8.GetBytes(folder)), OpenDirectory, 0);
        Check(fd);
        var name = Zero(Encoding.ASCII.GetBytes(new string('d', 200)));
        for (var i = 0; i < levels; i++)
        {
            Check(MakeDirectoryAt(fd, name, 0x1ED));
            var next = OpenAt(fd, name, OpenDirectory, 0);
            Check(next);
            _ = Close(fd);
            fd = next;
        }

        var file = OpenAt(fd, Zero(Encoding.UTF8.GetBytes("deep.md")), OpenCreateWriteOnly, 0x1A4);
        Check(file);
        _ = Write(file, entry, entry.Length);
        _ = Close(file);
        _ = Close(fd);
    }

    /// <summary>rename(2): replaces a symbolic link in one step, as git-sync does (File.Move refuses a link to a folder).</summary>
    public static void Rename(string from, string to) =>
        Check(RenameNative(Zero(Encoding.UTF8.GetBytes(from)), Zero(Encoding.UTF8.GetBytes(to))));

    private static byte[] Zero(byte[] text) => [.. text, 0];

    private static void Check(int result)
    {
        if (result < 0)
        {
            throw new IOException($"A system call failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte[] path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static partial int OpenAt(int folder, byte[] path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "mkdirat", SetLastError = true)]
    private static partial int MakeDirectoryAt(int folder, byte[] path, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial int Write(int fd, byte[] bytes, int count);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static partial int RenameNative(byte[] from, byte[] to);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
