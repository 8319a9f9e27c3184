using System.Text;
using JournalApi.Content.Model;

namespace JournalApi.Content.Files;

/// <summary>Reads an entry's text: checks size first, accepts a UTF-8 BOM, refuses UTF-16 and invalid UTF-8.</summary>
public static class FileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, Diagnostic? Problem) Read(ContentFile file, long maxBytes)
    {
        var (text, problem, _) = ReadEntry(file, maxBytes);
        return (text, problem);
    }

    /// <summary>
    /// Like <see cref="Read"/>, and also gives the text's UTF-8 bytes as read (without a BOM): the same bytes as encoding
    /// the text again, since only valid UTF-8 is accepted.
    /// </summary>
    internal static (string? Text, Diagnostic? Problem, ReadOnlyMemory<byte> Utf8) ReadEntry(ContentFile file, long maxBytes)
    {
        if (file.Length > maxBytes)
        {
            return (null, Error(file, DiagnosticCodes.FileTooLarge,
                $"The file is {file.Length:N0} bytes, over the limit of {maxBytes:N0} bytes, so it was not read.",
                "Split the entry, or raise Content:MaxFileBytes."), default);
        }

        if (file.Length == 0)
        {
            // Named pipes and devices report no length, and opening a pipe to read it waits for a writer forever.
            return ("", null, default);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Error(file, DiagnosticCodes.Unreadable, $"The file could not be read: {e.Message}", null), default);
        }

        var (text, problem) = Decode(file, bytes, maxBytes);
        return (text, problem, text is null ? default : bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0));
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    internal static (string? Text, Diagnostic? Problem) Decode(ContentFile file, ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return (null, Error(file, DiagnosticCodes.FileTooLarge,
                $"The file is {bytes.Length:N0} bytes, over the limit of {maxBytes:N0} bytes, so it was not read.",
                "Split the entry, or raise Content:MaxFileBytes."));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, Error(file, DiagnosticCodes.Utf16, "The file is saved as UTF-16; entries must be UTF-8.",
                "Save the file again with the UTF-8 encoding."));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal)
                ? (null, Error(file, DiagnosticCodes.InvalidUtf8, "The file contains NUL bytes: it looks binary, not Markdown.", null))
                : (text, null);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Locate(bytes, e.Index);
            return (null, new Diagnostic(file.RelativePath, line, column, DiagnosticSeverity.Error, DiagnosticCodes.InvalidUtf8, null,
                "The file is not valid UTF-8.", "Save the file again with the UTF-8 encoding."));
        }
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var column = index - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return (line, column);
    }

    private static Diagnostic Error(ContentFile file, string code, string message, string? suggestion) =>
        new(file.RelativePath, null, null, DiagnosticSeverity.Error, code, null, message, suggestion);
}
