using JournalApi.Content.Model;
using JournalApi.Content.Tests.Support;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.Tests.Vocabulary;

/// <summary><c>emotions.yml</c> read on its own: the shape it accepts, and every way it can be wrong.</summary>
public sealed class VocabularyReaderTests
{
    [Fact]
    public void TheReaderAcceptsNamesParentsAliasesAndDescriptions()
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read(Fixtures.Text(VocabularyJournal.GriefUnderSadness));

        Assert.Empty(diagnostics);
        Assert.NotNull(vocabulary);
        Assert.True(vocabulary.IsDeclared);
        Assert.Equal(["sadness", "grief", "longing", "joy", "calm"], vocabulary.Emotions.Select(e => e.Name));
        var grief = vocabulary.Find("grief")!;
        Assert.Equal("sadness", grief.Parent);
        Assert.Equal(["sorrow", "mourning"], grief.Aliases);
        Assert.Equal("Sadness for someone or something lost for good.", grief.Description);
        var calm = vocabulary.Find("calm")!;
        Assert.Null(calm.Parent);
        Assert.Empty(calm.Aliases);
        Assert.Null(calm.Description);
    }

    [Fact]
    public void TheVocabularyKnowsEachEmotionsChildrenAndDescendants()
    {
        var vocabulary = VocabularyReader.Read(Fixtures.Text(VocabularyJournal.GriefUnderSadness)).Vocabulary!;

        Assert.Equal(["grief", "longing"], vocabulary.ChildrenOf("sadness"));
        Assert.Empty(vocabulary.ChildrenOf("grief"));
        Assert.Equal(["sadness", "grief", "longing"], vocabulary.WithDescendants("sadness"));
    }

    [Theory]
    [InlineData("sorrow", "grief")]
    [InlineData("mourning", "grief")]
    [InlineData("grief", "grief")]
    [InlineData("yearning", "longing")]
    [InlineData("sorow", "sorow")]
    public void AnAliasStandsForItsEmotionAndAnUnknownTermForItself(string term, string canonical)
    {
        var vocabulary = VocabularyReader.Read(Fixtures.Text(VocabularyJournal.GriefUnderSadness)).Vocabulary!;

        Assert.Equal(canonical, vocabulary.Canonical(term));
    }

    [Fact]
    public void NamesAndAliasesAreNormalisedLikeAnEntrysEmotions()
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read("emotions:\n  - name: \" Grief \"\n    aliases: Sorrow, MOURNING\n");

        Assert.Empty(diagnostics);
        Assert.Equal("grief", Assert.Single(vocabulary!.Emotions).Name);
        Assert.Equal(["sorrow", "mourning"], vocabulary.Emotions[0].Aliases);
    }

    [Theory]
    [InlineData("vocabulary/duplicate-name.yml", "'grief'", "name")]
    [InlineData("vocabulary/duplicate-alias.yml", "'sorrow'", "name")]
    [InlineData("vocabulary/unknown-parent.yml", "'grief'", "parent")]
    [InlineData("vocabulary/cycle.yml", "'grief'", "parent")]
    [InlineData("vocabulary/cycle.yml", "'sadness'", "parent")]
    public void AnInvalidVocabularyIsAJA0301ErrorNamingTheEmotion(string fixture, string named, string field)
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read(Fixtures.Text(fixture));

        Assert.Null(vocabulary);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.VocabularyInvalid, d.Code);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(VocabularyReader.FileName, d.Path);
            Assert.False(string.IsNullOrWhiteSpace(d.Suggestion));
        });
        Assert.Contains(diagnostics, d => d.Field == field && d.Message.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void ADuplicateNamesTheLineWhereItWasFirstDeclared()
    {
        var diagnostic = Assert.Single(VocabularyReader.Read(Fixtures.Text("vocabulary/duplicate-name.yml")).Diagnostics);

        Assert.Equal(7, diagnostic.Line);
        Assert.Contains("first on line 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmotionThatIsItsOwnParentIsACycle()
    {
        var diagnostic = Assert.Single(VocabularyReader.Read("emotions:\n  - name: grief\n    parent: grief\n").Diagnostics);

        Assert.Equal(DiagnosticCodes.VocabularyInvalid, diagnostic.Code);
        Assert.Contains("'grief'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("cycle", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feelings:\n  - name: grief\n")]
    [InlineData("emotions: grief\n")]
    [InlineData("emotions:\n  - grief\n")]
    [InlineData("emotions:\n  - parent: sadness\n")]
    public void AFileWithoutAListOfNamedEmotionsIsAJA0301Error(string text)
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read(text);

        Assert.Null(vocabulary);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.VocabularyInvalid, d.Code));
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void AVocabularyThatIsNotYamlIsAJA0301Error()
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read(Fixtures.Text("vocabulary/not-yaml.yml"));

        Assert.Null(vocabulary);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.VocabularyInvalid, diagnostic.Code);
        Assert.Equal(VocabularyReader.FileName, diagnostic.Path);
    }

    [Fact]
    public void AVocabularyThatIsNotYamlIsAnErrorInEmotionsYml()
    {
        var (vocabulary, diagnostics) = VocabularyReader.Read(Fixtures.Text("vocabulary/not-yaml.yml"));

        Assert.Null(vocabulary);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(VocabularyReader.FileName, diagnostic.Path);
    }
}
