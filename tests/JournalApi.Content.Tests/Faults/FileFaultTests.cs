using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Faults;

/// <summary>
/// Whatever one file makes go wrong stays with that file: the two causes found in use (a date at the edge of the
/// calendar with an offset, a body nested deeper than Markdig allows) are diagnostics with their value or line, and a
/// stage made to throw for one file (a test double) is an error on that file while the companion entry still loads.
/// </summary>
public sealed class FileFaultTests
{
    [Theory]
    [InlineData("faults/date-at-the-end-of-time.md", "9999-12-31T23:59:59-14:00")]
    [InlineData("faults/date-before-the-first-day.md", "0001-01-01T00:00:00+14:00")]
    public void ADateWhoseInstantFallsOffTheCalendarIsADateDiagnosticNamingTheValue(string fixture, string value)
    {
        var load = Journal.LoadBesideCompanion(fixture);

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.DateNotOnCalendar, DiagnosticSeverity.Error, "date", 3);
        Assert.Contains(value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("faults/quotes-200-deep.md", 8)]
    [InlineData("faults/lists-100-deep.md", 40)]
    [InlineData("faults/brackets-30000-deep.md", 8)]
    public void ABodyNestedPastTheDocumentedDepthIsAnErrorNamingItsLine(string fixture, int line)
    {
        var load = Journal.LoadBesideCompanion(fixture);

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.BodyTooDeep, DiagnosticSeverity.Error, null, line);
        Assert.Contains("nested", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmphasisNestedPastWhatTheRendererAllowsIsAnErrorNamingItsLine()
    {
        var load = Journal.LoadBesideCompanion("faults/emphasis-alternating.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.BodyTooDeep, DiagnosticSeverity.Error, null, 8);
    }

    [Theory]
    [InlineData("fuzz/fullwidth-digits-date.md", 3)]
    [InlineData("fuzz/offset-past-fourteen-hours.md", 3)]
    public void DatesTheFuzzerFoundAreDateFormatDiagnostics(string fixture, int line) =>
        Journal.LoadBesideCompanion(fixture).AssertOnlyDiagnostic(DiagnosticCodes.DateFormat, DiagnosticSeverity.Error, "date", line);

    [Fact]
    public void NoncharactersInTextFieldsAreServedAsReplacementCharacters()
    {
        var load = Journal.LoadBesideCompanion("fuzz/noncharacter-in-fields.md");

        Assert.Empty(load.Diagnostics);
        Assert.Equal("Odd \uFFFD character", load.Post!.Title);
        Assert.Equal("walk\uFFFD rest", string.Join(' ', load.Post.Tags));
        Assert.Equal("A \uFFFD noncharacter", load.Post.Description);
    }

    [Fact]
    public void EmphasisAlternatingThousandsDeepIsRefusedBeforeTheRendererMeetsIt()
    {
        var load = Journal.LoadBesideCompanion("fuzz/emphasis-alternating-5000.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.BodyTooDeep, DiagnosticSeverity.Error, null, 8);
        Assert.Contains($"at most {BodyNesting.MaxInlineDepth}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fuzz/table-five-thousand-columns.md")]
    [InlineData("fuzz/table-row-without-delimiter.md")]
    public void ATableThousandsOfColumnsWideIsRefusedBeforeTheRendererMeetsIt(string fixture)
    {
        var load = Journal.LoadBesideCompanion(fixture);

        var diagnostic = Assert.Single(load.Diagnostics);
        Assert.Equal((DiagnosticCodes.TableTooWide, DiagnosticSeverity.Error), (diagnostic.Code, diagnostic.Severity));
        Assert.NotNull(diagnostic.Line);
        Assert.Null(load.Post);
    }

    [Fact]
    public void RawHtmlNestedTensOfThousandsDeepIsRefusedBeforeTheSanitiserMeetsIt()
    {
        var load = Journal.LoadBesideCompanion("fuzz/html-nested-tens-of-thousands-deep.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.BodyTooDeep, DiagnosticSeverity.Error, null, 31);
        Assert.Contains($"at most {BodyNesting.MaxHtmlDepth}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlAsDeepAsDocumentedIsRenderedWithItsContent()
    {
        var depth = BodyNesting.MaxHtmlDepth;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "deep inside" + string.Concat(Enumerable.Repeat("</div>", depth)) +
            "<p>one<p>two<br><img src=\"a.png\" alt=\"a\">\n";

        var result = new EntryLoader(new LoadOptions()).LoadText(new ContentFile("", "deep.md", 0, default),
            "---\ntitle: Deep\ndate: 2025-06-01\n---\n\n" + html);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("deep inside", result.Post!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableAsWideAsDocumentedIsRendered()
    {
        var columns = BodyNesting.MaxTableColumns;
        var table = "|" + string.Concat(Enumerable.Repeat(" a |", columns)) + "\n|" + string.Concat(Enumerable.Repeat("---|", columns)) + "\n|" +
            string.Concat(Enumerable.Repeat(" b |", columns)) + "\n";

        var result = new EntryLoader(new LoadOptions()).LoadText(new ContentFile("", "wide.md", 0, default),
            "---\ntitle: Wide\ndate: 2025-06-01\n---\n\n" + table);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<table>", result.Post!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingTheRendererRefusesAfterParsingIsStillAnErrorNamingALine()
    {
        // Found by the third fuzz run: diagnosed correctly, but only once Markdig refused it (2 s alone on the test machine);
        // not yet caught before rendering, so it is kept out of the fuzz seeds (its mutations take up to 12 s). Open.
        var load = Journal.LoadBesideCompanion("slow/nesting-refused-slowly.md");

        var diagnostic = Assert.Single(load.Diagnostics);
        Assert.Equal(DiagnosticCodes.BodyTooDeep, diagnostic.Code);
        Assert.NotNull(diagnostic.Line);
    }

    [Fact]
    public void HalfASurrogatePairWrittenAsAYamlEscapeIsAYamlDiagnostic() =>
        Journal.LoadBesideCompanion("fuzz/surrogate-half-in-title.md").AssertOnlyDiagnostic(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, null, 2);

    [Fact]
    public void HalfASurrogatePairInTextAlreadyDecodedIsServedAsAReplacementCharacter()
    {
        // What the fuzzer found through LoadText (a file read as UTF-8 cannot hold one): Normalize threw in the validate stage.
        var result = new EntryLoader(new LoadOptions()).LoadText(new ContentFile("", "half.md", 0, default),
            "---\ntitle: Half a pair \uD800 alone\ndate: 2025-06-01\ntags: [\"\uDC00\", walking]\n---\n\nBody.\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Half a pair \uFFFD alone", result.Post!.Title);
        Assert.Equal("FFFD walking", string.Join(" ", result.Post.Tags.Select(t => t.Length == 1 ? ((int)t[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : t)));
    }

    [Fact]
    public void QuotesNestedAsDeepAsDocumentedAreRendered()
    {
        var load = Journal.LoadBesideCompanion("faults/quotes-32-deep.md");

        Assert.Empty(load.Diagnostics);
        Assert.Contains("the bottom", load.Post!.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LoadStage.Read)]
    [InlineData(LoadStage.Split)]
    [InlineData(LoadStage.Parse)]
    [InlineData(LoadStage.Validate)]
    [InlineData(LoadStage.Render)]
    public void AStageThatThrowsForOneFileIsAnErrorOnThatFileNamingTheStage(LoadStage failing)
    {
        var options = new LoadOptions
        {
            BeforeStage = (file, stage) =>
            {
                if (stage == failing && file.FileName == "2025-07-09-the-weight-of-unsent-letters.md")
                {
                    throw new InvalidOperationException($"Injected at {file.FullPath}.");
                }
            },
        };

        var load = Journal.LoadBesideCompanion("valid/2025-07-09-the-weight-of-unsent-letters.md", options);

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.LoadFault, DiagnosticSeverity.Error, null, null);
        Assert.Contains($"in the {failing.ToString().ToLowerInvariant()} stage", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Injected at 2025-07-09-the-weight-of-unsent-letters.md.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFaultWhileLoadingFromTextIsContainedToo()
    {
        var loader = new EntryLoader(new LoadOptions
        {
            BeforeStage = (_, stage) =>
            {
                if (stage == LoadStage.Validate)
                {
                    throw new FormatException("boom");
                }
            },
        });

        var result = loader.LoadText(new ContentFile("", "a.md", 0, default), "---\ntitle: A\ndate: 2025-01-01\n---\nBody\n");

        Assert.Null(result.Post);
        Assert.Equal(DiagnosticCodes.LoadFault, Assert.Single(result.Diagnostics).Code);
    }
}
