using JournalApi.Content.Search;
using static JournalApi.Content.Tests.Search.SearchPosts;

namespace JournalApi.Content.Tests.Search;

/// <summary>Snippets: around the best match, matched words marked, everything else escaped.</summary>
public sealed class HighlightTests
{
    private const string Filler = "We walked along the road and talked about the weather, the neighbours and the long winter ahead.";

    [Fact]
    public void MatchedWordsAreMarkedInEveryForm()
    {
        var snippet = Highlight(Post("p", "Week", body: "I reached the river. Reaching it took all day."), "reaching");

        Assert.Equal("I <mark>reached</mark> the river. <mark>Reaching</mark> it took all day.", snippet);
    }

    [Fact]
    public void MarkupInThePostIsEscaped()
    {
        var snippet = Highlight(Post("p", "Week", body: "<script>alert('grief')</script> & <b>grief</b> \"quoted\""), "grief");

        Assert.Equal(
            "&lt;script&gt;alert(&#39;<mark>grief</mark>&#39;)&lt;/script&gt; &amp; &lt;b&gt;<mark>grief</mark>&lt;/b&gt; &quot;quoted&quot;",
            snippet);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AccentedWordsAreMarkedAsWritten() =>
        Assert.Equal("Coffee at the <mark>Café</mark>.", Highlight(Post("p", "Week", body: "Coffee at the Café."), "cafe"));

    [Fact]
    public void EveryWordOfAPhraseIsMarked() =>
        Assert.Equal("I kept <mark>reaching</mark> <mark>out</mark>.", Highlight(Post("p", "Week", body: "I kept reaching out."), "\"reaching out\""));

    [Fact]
    public void PrefixMatchesAreMarked() =>
        Assert.Equal("A <mark>connection</mark>, then <mark>connected</mark>.",
            Highlight(Post("p", "Week", body: "A connection, then connected."), "connect*"));

    [Fact]
    public void ALongBodyIsCutAroundTheBestMatchAtWordBoundaries()
    {
        var body = $"{Filler} {Filler} {Filler} The heron stood in the river. {Filler} {Filler} {Filler}";

        var snippet = Highlight(Post("p", "Week", body: body), "heron river");

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("The <mark>heron</mark> stood in the <mark>river</mark>.", snippet, StringComparison.Ordinal);
        var text = snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.InRange(text.Length, 120, 200);
        Assert.Contains(text.Trim('…'), body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWindowShowingMostDistinctWordsWins()
    {
        var body = $"A heron. {Filler} {Filler} A heron. {Filler} {Filler} The heron stood in the river. {Filler} {Filler}";

        Assert.Contains("<mark>heron</mark> stood in the <mark>river</mark>", Highlight(Post("p", "Week", body: body), "heron river"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void TheDescriptionIsPreferredWhenItShowsAsMuch() =>
        Assert.Equal("A day by the <mark>river</mark>.", Highlight(Post("p", "Week", "A day by the river.", $"{Filler} The river."), "river"));

    [Fact]
    public void TheBodyIsUsedWhenTheDescriptionDoesNotMatch() =>
        Assert.Equal("The <mark>river</mark>.", Highlight(Post("p", "Week", "A quiet day.", "The river."), "river"));

    [Fact]
    public void TheTitleIsUsedWhenOnlyItMatches() =>
        Assert.Equal("The <mark>River</mark> &amp; Me", Highlight(Post("p", "The River & Me", "A quiet day.", Filler), "river"));

    [Fact]
    public void WhiteSpaceAndLineBreaksAreFolded() =>
        Assert.Equal("One <mark>river</mark>. Two <mark>rivers</mark>.", Highlight(Post("p", "Week", body: "One river.\n\n  Two rivers."), "river"));

    [Fact]
    public void AQueryWithAnErrorShowsTheStartOfThePostUnmarked()
    {
        var (index, posts) = Index(Post("p", "Week", "A day by the river.", Filler));

        Assert.Equal("A day by the river.", index.Highlight(posts[0], index.Parse("")));
    }

    [Fact]
    public void AMatchDeepInALongBodyIsFound()
    {
        var body = string.Join(' ', Enumerable.Repeat(Filler, 60)) + " The heron stood in the river. " + string.Join(' ', Enumerable.Repeat(Filler, 5));

        var snippet = Highlight(Post("p", "Week", body: body), "heron");

        Assert.Contains("The <mark>heron</mark> stood in the river.", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void APostOutsideTheIndexIsQuotedTheSameWay()
    {
        var body = string.Join(' ', Enumerable.Repeat(Filler, 30)) + " The heron stood in the river. " + Filler;
        var (index, posts) = Index(Post("p", "Week", "A quiet day.", body));
        var query = index.Parse("heron river");

        Assert.Equal(index.Highlight(posts[0], query), index.Highlight(posts[0] with { }, query));
    }

    [Fact]
    public void QuotingFromAStretchOfTheBodyGivesWhatTheWholeBodyGives()
    {
        // Long bodies of words in one-, two-, three- and four-byte UTF-8, so that the stretch decoded around a match starts
        // and ends inside every kind of character, at every distance from the body's ends.
        string[] words = ["river", "heron", "café", "naïve", "größe", "ödön", "日本", "語彙", "𝒜lpha", "note", "quiet", "ελπίδα", "дом"];
        var random = new Random(20261127);
        var posts = Enumerable.Range(0, 40).Select(i =>
        {
            var body = string.Join(random.Next(4) == 0 ? "\n\n" : " ", Enumerable.Range(0, random.Next(5, 1500)).Select(_ => words[random.Next(words.Length)]));
            return Post($"p{i}", "Untitled", random.Next(3) == 0 ? "A day like " + words[random.Next(words.Length)] : null, body);
        }).ToArray();
        var (index, indexed) = Index(posts);

        var compared = 0;
        foreach (var query in words.Concat(words.Zip(words.Skip(3), (a, b) => $"{a} {b}")).Concat(words.Zip(words.Skip(1), (a, b) => $"\"{a} {b}\"")))
        {
            var result = index.Search(query);
            for (var i = 0; i < result.Count; i++)
            {
                var post = indexed[result.Ids[i]];
                Assert.Equal(index.Highlight(post with { }, result.Query), index.Highlight(post, result.Query));
                compared++;
            }
        }

        Assert.True(compared > 500, $"only {compared} snippets compared");
    }

    private static string Highlight(JournalApi.Content.Model.Post post, string query)
    {
        var (index, posts) = Index(post);
        var result = index.Search(query);
        Assert.Equal(1, result.Count);
        return index.Highlight(posts[result.Ids[0]], result.Query);
    }
}
