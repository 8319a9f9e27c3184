using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Validation;

public sealed class TermsTests
{
    [Fact]
    public void TagsWrittenAsOneStringAreSplitOnSpaces()
    {
        var post = Journal.LoadPost("fields/tags-space-string.md");

        Assert.Equal<string>(["garden", "spring", "soil"], post.Tags);
    }

    [Fact]
    public void TagsWrittenAsOneStringWithCommasAreSplitOnCommas()
    {
        var post = Journal.LoadPost("fields/tags-comma-string.md");

        Assert.Equal<string>(["garden", "late spring", "soil"], post.Tags);
    }

    [Fact]
    public void TagsWrittenAsAYamlListAreTakenAsWritten()
    {
        var post = Journal.LoadPost("fields/tags-yaml-list.md");

        Assert.Equal<string>(["garden", "late spring", "soil"], post.Tags);
    }

    [Fact]
    public void TagsAreTrimmedLowerCasedComposedAndDeduplicated()
    {
        var post = Journal.LoadPost("fields/tags-normalised.md");

        Assert.Equal<string>(["caf\u00e9", "garden"], post.Tags);
        Assert.True(post.Tags[0].IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void EmotionsFollowTheSameRulesAsTags()
    {
        var post = Journal.LoadPost("valid/2025-07-09-the-weight-of-unsent-letters.md");

        Assert.Equal<string>(["longing", "hope"], post.Emotions);
    }

    [Fact]
    public void NumberForTagsIsAnError()
    {
        var load = Journal.LoadBesideCompanion("fields/tags-number.md");

        load.AssertOnlyDiagnostic(DiagnosticCodes.TermsNotAList, DiagnosticSeverity.Error, field: "tags", line: 4);
    }

    [Fact]
    public void TagOfSixtyCharactersIsAnError()
    {
        var load = Journal.LoadBesideCompanion("fields/tag-too-long.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.TermInvalid, DiagnosticSeverity.Error, field: "tags", line: 4);
        Assert.Contains("abcdefghij", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyOneTagsAreAnError()
    {
        var load = Journal.LoadBesideCompanion("fields/too-many-tags.md");

        var diagnostic = load.AssertOnlyDiagnostic(DiagnosticCodes.TooManyTerms, DiagnosticSeverity.Error, field: "tags", line: 4);
        Assert.Contains("51", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyTagsAreAccepted()
    {
        var post = Journal.LoadPost("fields/fifty-tags.md");

        Assert.Equal(50, post.Tags.Length);
    }
}
