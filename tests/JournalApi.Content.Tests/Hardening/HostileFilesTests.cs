using System.Text;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Hardening;

/// <summary>
/// One folder holding every kind of hostile file a writer's folder can hold, beside valid entries
/// (<c>Fixtures/hostile/</c>, plus the files whose bytes are awkward to keep in git, written here): every valid entry
/// is served, each bad file gives exactly one diagnostic, ignored files give none, and the load finishes.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    /// <summary>Small enough for a generated file to exceed it, large enough for the 5,000-tag fixture to be read.</summary>
    private const long MaxFileBytes = 64 * 1024;

    private const string Decomposed = "e\u0301";

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>Each bad file and the one error it must give.</summary>
    private static readonly Dictionary<string, string> ExpectedErrors = new(StringComparer.Ordinal)
    {
        ["malformed-yaml.md"] = DiagnosticCodes.YamlSyntax,
        ["unterminated.md"] = DiagnosticCodes.UnterminatedFrontMatter,
        ["nested-200-deep.md"] = DiagnosticCodes.TooDeep,
        ["tags-a-number.md"] = DiagnosticCodes.TermsNotAList,
        ["title-a-list.md"] = DiagnosticCodes.TitleNotText,
        ["date-yesterday.md"] = DiagnosticCodes.DateFormat,
        ["date-february-30.md"] = DiagnosticCodes.DateNotOnCalendar,
        ["empty.md"] = DiagnosticCodes.EmptyFile,
        ["five-thousand-tags.md"] = DiagnosticCodes.TooManyTerms,
        ["too-large.md"] = DiagnosticCodes.FileTooLarge,
        ["binary-junk.md"] = DiagnosticCodes.InvalidUtf8,
        ["invalid-utf-8.md"] = DiagnosticCodes.InvalidUtf8,
        ["utf-16.md"] = DiagnosticCodes.Utf16,
    };

    /// <summary>
    /// Hostile front matter that Jekyll publishes, served with warnings of this code: an alias bomb (no alias is ever
    /// expanded: the keys holding them are left out) and a key written twice (the last value, as Ruby's YAML gives it).
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedWarnings = new(StringComparer.Ordinal)
    {
        ["alias-bomb.md"] = DiagnosticCodes.YamlAnchorOrAlias,
        ["duplicate-keys.md"] = DiagnosticCodes.DuplicateKey,
    };

    /// <summary>A hostile file that is still served, with one warning: a title of thousands of characters (Jekyll publishes it).</summary>
    private const string HugeTitle = "huge-title.md";

    /// <summary>Symbolic links are reported as warnings (nothing they point at is loaded) and never followed.</summary>
    private static readonly string[] ExpectedLinkWarnings = ["escape.md", "loop-a.md", "loop-b.md", "folder-loop"];

    private static readonly string[] ExpectedSlugs =
    [
        "first-light", "the-bus-home", "a-letter-to-my-sister", "un-ete", "cafe-au-lait", "windows-line-endings", "huge-title",
        "alias-bomb", "duplicate-keys",
    ];

    private static readonly string[] IgnoredFiles =
    [
        ".hidden.md", ".obsidian/workspace.md", "_drafts/half-written.md", "_private.md", "first-light.md~", ".first-light.md.swp",
        "first-light.md.swp", "first-light.md.tmp", "first-light.md.bak", "first-light.md.orig", "#first-light.md#",
        ".DS_Store", "notes.txt", "image.png",
    ];

    private readonly TempContentFolder folder = new();
    private readonly TempContentFolder outside = new();

    public HostileFilesTests()
    {
        foreach (var fixture in Directory.EnumerateFiles(Fixtures.PathOf("hostile")))
        {
            folder.Copy($"hostile/{Path.GetFileName(fixture)}");
        }

        WriteAwkwardBytes();
        WriteLinks();
        WriteIgnoredFiles();
    }

    [Fact]
    public async Task EveryValidEntryIsServedBesideEveryHostileFile()
    {
        var snapshot = await LoadAsync();

        Assert.Equal(ExpectedSlugs.Order(StringComparer.Ordinal), snapshot.Posts.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.All(snapshot.Posts.Where(p => p.SourcePath != HugeTitle && !ExpectedWarnings.ContainsKey(p.SourcePath)),
            p => Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path == p.SourcePath));
    }

    [Fact]
    public async Task AnAliasBombAndARepeatedKeyAreServedWithWarningsOfTheirOwnCode()
    {
        var snapshot = await LoadAsync();

        foreach (var (path, code) in ExpectedWarnings)
        {
            Assert.All(snapshot.Diagnostics.Where(d => d.Path == path), d => Assert.Equal((code, DiagnosticSeverity.Warning), (d.Code, d.Severity)));
            Assert.Contains(snapshot.Posts, p => p.SourcePath == path);
        }

        Assert.Equal("Said twice", snapshot.Find("duplicate-keys")!.Title);
        Assert.True(snapshot.Find("alias-bomb")!.Meta.GetRawText().Length < 1000);
    }

    [Fact]
    public async Task AHugeTitleIsServedWholeWithOneWarning()
    {
        var snapshot = await LoadAsync();

        var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.Path == HugeTitle);
        Assert.Equal((DiagnosticCodes.TitleLength, DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.True(snapshot.Find("huge-title")!.Title.Length > EntryValidatorMaxTitle);
    }

    private const int EntryValidatorMaxTitle = JournalApi.Content.Validation.EntryValidator.MaxTitleLength;

    [Fact]
    public async Task EachBadFileGivesExactlyOneErrorWithItsOwnCode()
    {
        var snapshot = await LoadAsync();

        foreach (var (path, code) in ExpectedErrors)
        {
            var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.Path == path);
            Assert.True(code == diagnostic.Code, $"{path}: expected {code}, got {diagnostic}");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            Assert.DoesNotContain(snapshot.Posts, p => p.SourcePath == path);
        }
    }

    [Fact]
    public async Task SymbolicLinksAreReportedOnceAndNeverFollowed()
    {
        var snapshot = await LoadAsync();

        foreach (var link in ExpectedLinkWarnings)
        {
            var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.Path == link);
            Assert.Equal(DiagnosticCodes.SymbolicLink, diagnostic.Code);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        }

        // The entry outside the folder is valid: only following the link could have served it.
        Assert.Null(snapshot.Find("outside-the-folder"));
        Assert.DoesNotContain(snapshot.Posts, p => p.SourcePath.StartsWith("folder-loop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoOtherDiagnosticIsGiven()
    {
        var snapshot = await LoadAsync();

        var expected = ExpectedErrors.Keys.Concat(ExpectedLinkWarnings).Concat(ExpectedWarnings.Keys).Append(HugeTitle).Order(StringComparer.Ordinal);
        Assert.Equal(expected, snapshot.Diagnostics.Select(d => d.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task IgnoredFilesAreIgnoredSilently()
    {
        var snapshot = await LoadAsync();

        foreach (var ignored in IgnoredFiles)
        {
            Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path == ignored || d.Path.StartsWith(ignored.Split('/')[0] + "/", StringComparison.Ordinal));
            Assert.DoesNotContain(snapshot.Posts, p => p.SourcePath == ignored);
        }
    }

    [Fact]
    public async Task AByteOrderMarkAndCrlfEndingsAreAccepted()
    {
        var snapshot = await LoadAsync();

        var post = Assert.IsType<Post>(snapshot.Find("windows-line-endings"));
        Assert.Equal("Windows Line Endings", post.Title);
        Assert.Equal(new DateOnly(2025, 5, 2), post.Date.Day);
        Assert.Equal<string>(["crlf", "bom"], post.Tags);
        Assert.DoesNotContain('\r', post.Html);
        Assert.DoesNotContain('\uFEFF', post.Title);
    }

    [Fact]
    public async Task UnicodeAndEmojiAreAcceptedInTagsEmotionsTitlesAndFileNames()
    {
        var snapshot = await LoadAsync();

        var summer = Assert.IsType<Post>(snapshot.Find("un-ete"));
        Assert.Equal<string>(["caf\u00e9", "🌻 sunflowers", "日記", "\u00fcn\u00efc\u00f6d\u00e9"], summer.Tags);
        Assert.Equal<string>(["joie 😊", "saudade", "\u00e7a-va"], summer.Emotions);
        Assert.All(summer.Tags.Concat(summer.Emotions), t => Assert.True(t.IsNormalized(NormalizationForm.FormC), t));
        Assert.Contains("🌻", summer.Title, StringComparison.Ordinal);

        var decomposedName = Assert.IsType<Post>(snapshot.Find("cafe-au-lait"));
        Assert.Equal<string>(["caf\u00e9"], decomposedName.Tags);
        Assert.Contains(snapshot.Tags, t => t.Name == "caf\u00e9" && t.Count == 2);
    }

    [Fact]
    public async Task TitlesAreNormalisedToNfc()
    {
        var snapshot = await LoadAsync();

        Assert.Equal("Un \u00e9t\u00e9 au jardin 🌻", snapshot.Find("un-ete")!.Title);
        Assert.Equal("Caf\u00e9 au lait", snapshot.Find("cafe-au-lait")!.Title);
    }

    public void Dispose()
    {
        folder.Dispose();
        outside.Dispose();
    }

    /// <summary>Loads the folder off the test thread, so that a hang fails the test instead of stopping the run.</summary>
    private async Task<ContentSnapshot> LoadAsync() =>
        await Task.Run(() => Journal.Load(folder.Root, new LoadOptions { MaxFileBytes = MaxFileBytes })).WaitAsync(HangGuard);

    private void WriteAwkwardBytes()
    {
        var entry = "---\ntitle: Too large to read\ndate: 2025-04-10\n---\n\n";
        folder.Write("too-large.md", entry + string.Concat(Enumerable.Repeat("A line of a very long entry that goes on and on.\n", 2000)));

        var random = new Random(8);
        var junk = new byte[4096];
        random.NextBytes(junk);
        (junk[0], junk[1], junk[10]) = ((byte)'P', (byte)'K', 0);
        folder.WriteBytes("binary-junk.md", junk);

        var valid = Encoding.UTF8.GetBytes("---\ntitle: Broken bytes\ndate: 2025-04-11\n---\n\nA lone continuation byte: ");
        folder.WriteBytes("invalid-utf-8.md", [.. valid, 0x80, 0xC3, 0x28, (byte)'.', (byte)'\n']);

        folder.WriteBytes("utf-16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\ntitle: Wide\ndate: 2025-04-12\n---\n\nSaved by an old editor.\n")]);

        var crlf = "---\r\ntitle: Windows Line Endings\r\ndate: 2025-05-02\r\ntags: [crlf, bom]\r\n---\r\n\r\nSaved in Notepad,\r\nwith a byte order mark.\r\n";
        folder.WriteBytes("2025-05-02-windows-line-endings.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)]);

        // A decomposed 'é' in the file name, the title and a tag: all accepted, the tag normalised to the composed 'café'.
        folder.Write($"2025-05-03-caf{Decomposed}-au-lait.md",
            $"---\ntitle: Caf{Decomposed} au lait\ndate: 2025-05-03\ntags: [caf{Decomposed}]\n---\n\nMilk first, then the coffee.\n");
    }

    private void WriteLinks()
    {
        var target = outside.Write("outside-the-folder.md", "---\ntitle: Outside the folder\ndate: 2025-05-04\n---\n\nOnly a followed link could serve this.\n");
        File.CreateSymbolicLink(folder.PathOf("escape.md"), target);
        File.CreateSymbolicLink(folder.PathOf("loop-a.md"), folder.PathOf("loop-b.md"));
        File.CreateSymbolicLink(folder.PathOf("loop-b.md"), folder.PathOf("loop-a.md"));
        Directory.CreateSymbolicLink(folder.PathOf("folder-loop"), folder.Root);
    }

    private void WriteIgnoredFiles()
    {
        foreach (var ignored in IgnoredFiles)
        {
            // Each holds what would be an error if it were read: ignoring it must be silent.
            folder.Write(ignored, "---\ntitle: [never, read\n");
        }
    }
}
