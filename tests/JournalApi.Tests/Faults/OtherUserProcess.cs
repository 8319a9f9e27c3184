using System.Diagnostics;

namespace JournalApi.Tests.Faults;

/// <summary>
/// The program as a child process run by a user without root's rights, so that a folder's permissions bind it: the tests
/// run as root in CI, and root reads a folder whatever its mode. As root it runs under <c>setpriv</c> as <c>nobody</c>;
/// as any other user, as that user.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class OtherUserProcess
{
    private const string Nobody = "65534";

    /// <summary>Why the program cannot be run without root's rights here, or null when it can.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "Folder permissions are tested on Linux only."
        : Environment.UserName != "root" ? null
        : File.Exists("/usr/bin/setpriv") || File.Exists("/bin/setpriv") ? null
        : "The tests run as root and setpriv (util-linux) is not installed to drop to another user.";

    public static Process Start(params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var asRoot = Environment.UserName == "root";
        var program = Path.Combine(asRoot ? ProgramFolder.Value : AppContext.BaseDirectory, "JournalApi.dll");
        var start = new ProcessStartInfo(asRoot ? "setpriv" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["HOME"] = Path.GetTempPath();
        IEnumerable<string> command = asRoot ? [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", dotnet, program] : [program];
        foreach (var argument in command.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// The build output where the other user can read it: where it is, when every folder above it may be entered by
    /// others; else a copy in an open temporary folder (a clone under <c>mktemp -d</c> sits in a folder only root enters).
    /// </summary>
    private static readonly Lazy<string> ProgramFolder = new(() =>
    {
        var here = AppContext.BaseDirectory.TrimEnd('/');
        if (OthersMayEnterEveryFolderAbove(here))
        {
            return here;
        }

        var copy = OpenFolder("journalapi-program-");
        foreach (var file in Directory.EnumerateFiles(here, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(here, file));
            var parent = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(parent))
            {
                Directory.CreateDirectory(parent);
                File.SetUnixFileMode(parent, ReadAndEnter);
            }

            File.Copy(file, target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(copy, recursive: true);
        return copy;
    });

    private static bool OthersMayEnterEveryFolderAbove(string folder)
    {
        for (var at = new DirectoryInfo(folder); at is not null; at = at.Parent)
        {
            if (!at.UnixFileMode.HasFlag(UnixFileMode.OtherExecute) || !at.UnixFileMode.HasFlag(UnixFileMode.OtherRead))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A folder the other user can read and enter, and files it can read.</summary>
    public static string OpenFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(folder, ReadAndEnter);
        return folder;
    }

    public static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        var parent = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(parent);
        File.SetUnixFileMode(parent, ReadAndEnter);
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    public const UnixFileMode ReadAndEnter = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
}
