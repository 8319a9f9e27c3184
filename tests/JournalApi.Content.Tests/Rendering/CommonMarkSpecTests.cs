using JournalApi.Content.Rendering;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.Rendering;

/// <summary>
/// The 652 examples of the CommonMark 0.31.2 spec, rendered as entries are by default (raw HTML sanitised), each
/// compared with the spec's HTML after both are normalised as a browser would read them. An example may differ only
/// where <see cref="Differences"/> says why: an extension that is on, or raw HTML sanitised by design.
/// </summary>
public sealed class CommonMarkSpecTests
{
    private const string HeadingIds = "heading id: the auto-identifier extension gives every heading one";
    private const string BareUrls = "bare URL linked: the autolink extension is on";
    private const string OtherSchemes = "link with a scheme outside the allow-list (http, https, mailto, tel) kept as text";
    private const string Scripts = "script or style removed by the sanitizer";
    private const string Forms = "form control removed: an entry never asks the reader for input";
    private const string UnknownElements = "element outside the sanitizer's allow-list removed with its content";
    private const string UnknownAttributes = "attribute outside the sanitizer's allow-list removed";
    private const string Instructions = "processing instruction left out whole: no browser shows one, and an HTML parser would end it at its first '>'";

    private static readonly MarkdownRenderer Renderer = new(RawHtmlMode.Sanitize);

    /// <summary>Every example whose HTML differs by design, with the reason.</summary>
    private static readonly Dictionary<int, string> Differences = new()
    {
        [10] = HeadingIds, [59] = HeadingIds, [62] = HeadingIds, [66] = HeadingIds, [67] = HeadingIds, [68] = HeadingIds,
        [71] = HeadingIds, [72] = HeadingIds, [73] = HeadingIds, [74] = HeadingIds, [75] = HeadingIds, [76] = HeadingIds,
        [77] = HeadingIds, [78] = HeadingIds, [79] = HeadingIds, [80] = HeadingIds, [81] = HeadingIds, [82] = HeadingIds,
        [83] = HeadingIds, [84] = HeadingIds, [86] = HeadingIds, [89] = HeadingIds, [90] = HeadingIds, [91] = HeadingIds,
        [95] = HeadingIds, [96] = HeadingIds, [102] = HeadingIds, [103] = HeadingIds, [115] = HeadingIds, [141] = HeadingIds,
        [150] = UnknownElements, [163] = UnknownElements, [169] = UnknownAttributes, [170] = Scripts, [171] = Forms, [172] = Scripts,
        [173] = Scripts, [176] = Scripts, [178] = Scripts, [180] = Instructions, [201] = UnknownElements, [214] = HeadingIds, [215] = HeadingIds,
        [227] = HeadingIds, [228] = HeadingIds, [229] = HeadingIds, [230] = HeadingIds, [232] = HeadingIds, [300] = HeadingIds,
        [491] = UnknownElements, [524] = UnknownElements, [536] = UnknownElements, [596] = OtherSchemes, [598] = OtherSchemes, [599] = OtherSchemes,
        [601] = OtherSchemes, [608] = BareUrls, [611] = BareUrls, [613] = UnknownElements, [614] = UnknownElements, [615] = UnknownElements,
        [616] = UnknownAttributes, [617] = UnknownElements, [629] = Instructions, [646] = HeadingIds, [647] = HeadingIds,
    };

    public static TheoryData<int> Numbers() => [.. CommonMarkSpec.Examples.Select(e => e.Number)];

    [Fact]
    public void TheSpecHasItsSixHundredAndFiftyTwoExamples() => Assert.Equal(652, CommonMarkSpec.Examples.Count);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void EveryExampleRendersAsTheSpecSaysUnlessItDiffersByDesign(int number)
    {
        var example = CommonMarkSpec.Examples[number - 1];
        var expected = HtmlNormalizer.Normalize(example.Html);
        var actual = HtmlNormalizer.Normalize(Renderer.Render(example.Markdown).Html);

        if (Differences.TryGetValue(number, out var reason))
        {
            Assert.True(expected != actual, $"example {number} now matches the spec: take it off the list ({reason})");
        }
        else
        {
            Assert.True(expected == actual, $"example {number} ({example.Section}):\n{example.Markdown}\nexpected: {expected}\nactual:   {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void NoExampleRendersUnsafeHtmlInEitherMode(int number)
    {
        var markdown = CommonMarkSpec.Examples[number - 1].Markdown;

        Assert.Empty(HtmlSafety.Problems(Renderer.Render(markdown).Html));
        Assert.Empty(HtmlSafety.Problems(new MarkdownRenderer(RawHtmlMode.Omit).Render(markdown).Html));
    }
}
