using JournalApi.Content.Files;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Files;

public sealed class FileReaderTests
{
    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var load = Journal.LoadBesideCompanion("encoding/bom.md");

        Assert.Empty(load.Diagnostics);
        Assert.Equal("Saved with a byte order mark", load.Post!.Title);
        Assert.DoesNotContain('\uFEFF', load.Post.Html);
        load.AssertCompanionLoaded();
    }

    [Fact]
    public void WindowsLineEndingsAreAccepted()
    {
        var load = Journal.LoadBesideCompanion("encoding/crlf.md");

        Assert.Empty(load.Diagnostics);
        var post = load.Post!;
        Assert.Equal("Saved with Windows line endings", post.Title);
        Assert.Equal(new DateOnly(2025, 5, 2), post.Date.Day);
        Assert.Equal<string>(["encoding"], post.Tags);
        Assert.Contains("<hr />", post.Html, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', post.Html);
        load.AssertCompanionLoaded();
    }

    [Fact]
    public void WindowsLineEndingsCountAsOneLineBreakInDiagnostics()
    {
        var load = Journal.LoadBesideCompanion("encoding/crlf-bad-date.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.DateNotOnCalendar, DiagnosticSeverity.Error, field: "date", line: 4);
    }

    [Fact]
    public void Utf16IsAnError()
    {
        var load = Journal.LoadBesideCompanion("encoding/utf-16.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.Utf16, DiagnosticSeverity.Error, field: null, line: null);
        Assert.Contains("UTF-8", diagnostic.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorThatPointsAtTheBadByte()
    {
        var load = Journal.LoadBesideCompanion("encoding/invalid-utf-8.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Error, field: null, line: 7);
        Assert.Equal(8, diagnostic.Column);
    }

    [Fact]
    public void FileOverTheSizeLimitIsAnError()
    {
        var load = Journal.LoadBesideCompanion("encoding/too-large.md", new() { MaxFileBytes = 1024 });

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.FileTooLarge, DiagnosticSeverity.Error, field: null, line: null);
        Assert.Contains("1,024", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheSizeLimitIsNeverOpened()
    {
        // The path does not exist: reading it would give "unreadable", so "too large" shows it was judged by size alone.
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "huge.md");
        var file = new ContentFile(missing, "huge.md", Length: 5_000_000, LastWriteUtc: DateTime.UnixEpoch);

        var (text, problem) = FileReader.Read(file, maxBytes: 1024 * 1024);

        Assert.Null(text);
        Assert.NotNull(problem);
        Assert.Equal(DiagnosticCodes.FileTooLarge, problem.Code);
        Assert.Equal("huge.md", problem.Path);
    }

    [Fact]
    public void FileThatCannotBeOpenedIsAnError()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.md");
        var file = new ContentFile(missing, "gone.md", Length: 10, LastWriteUtc: DateTime.UnixEpoch);

        var (text, problem) = FileReader.Read(file, maxBytes: 1024);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.Unreadable, problem?.Code);
    }

    [Fact]
    public void NulBytesAreRefusedAsBinary()
    {
        var file = new ContentFile("/nowhere/binary.md", "binary.md", 8, DateTime.UnixEpoch);

        var (text, problem) = FileReader.Decode(file, "---\0\0\0\0\n"u8, maxBytes: 1024);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, problem?.Code);
    }
}
