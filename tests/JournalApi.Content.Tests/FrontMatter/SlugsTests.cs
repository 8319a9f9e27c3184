using JournalApi.Content.FrontMatter;

namespace JournalApi.Content.Tests.FrontMatter;

public sealed class SlugsTests
{
    [Fact]
    public void TitleFromSlugCapitalisesEveryWord() => Assert.Equal("Reaching Out", Slugs.ToTitle("reaching-out"));

    [Fact]
    public void NormaliseLowerCasesRemovesAccentsAndJoinsWordsWithOneDash() =>
        Assert.Equal("creme-brulee-for-two", Slugs.Normalise("  Crème Brûlée__for -- Two! "));

    [Fact]
    public void NormaliseOfPunctuationLeavesNothing() => Assert.Equal("", Slugs.Normalise("!!! ... ???"));

    [Fact]
    public void CanonicalSlugsAreLowerCaseWordsJoinedBySingleDashes()
    {
        Assert.True(Slugs.IsCanonical("weekly-notes-2024"));
        Assert.False(Slugs.IsCanonical("Weekly-Notes"));
        Assert.False(Slugs.IsCanonical("weekly--notes"));
        Assert.False(Slugs.IsCanonical("-weekly"));
    }
}
