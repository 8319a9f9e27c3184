using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;

namespace JournalApi.Content.Tests.Support;

/// <summary>A snapshot of one fixture and the companion entry, with assertions about that fixture.</summary>
internal sealed record FixtureLoad(ContentSnapshot Snapshot, string Path)
{
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Snapshot.Diagnostics.Where(d => d.Path == Path)];

    public Post? Post => Snapshot.Posts.SingleOrDefault(p => p.SourcePath == Path);

    /// <summary>
    /// Asserts that the fixture gave exactly this one diagnostic, that an error kept it out and a warning did not,
    /// and that the companion entry still loaded cleanly.
    /// </summary>
    public Diagnostic AssertOnlyDiagnostic(string code, DiagnosticSeverity severity, string? field, int? line)
    {
        var diagnostic = Assert.Single(Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(field, diagnostic.Field);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(Path, diagnostic.Path);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        if (severity == DiagnosticSeverity.Error)
        {
            Assert.Null(Post);
        }
        else
        {
            Assert.NotNull(Post);
        }

        AssertCompanionLoaded();
        return diagnostic;
    }

    public void AssertCompanionLoaded()
    {
        Assert.NotNull(Snapshot.Find(Fixtures.CompanionSlug));
        Assert.DoesNotContain(Snapshot.Diagnostics, d => d.Path != Path);
    }
}
