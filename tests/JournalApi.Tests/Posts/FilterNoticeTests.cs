using System.Net;
using System.Text.Json;

namespace JournalApi.Tests.Posts;

/// <summary>
/// A tag or emotion that no post carries is not an error, but the answer says so: 200 with a notice naming the value
/// and the nearest known one, so a typo never looks like an empty journal.
/// </summary>
public sealed class FilterNoticeTests(JournalApiFactory factory) : IClassFixture<JournalApiFactory>
{
    [Fact]
    public async Task AMisspelledEmotionAnswers200WithANoticeNamingTheNearestKnownEmotion()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts?emotion=grieff");

        Assert.Equal(0, page.GetProperty("totalItems").GetInt32());
        var notice = Assert.Single(page.GetProperty("notices").EnumerateArray());
        Assert.Equal("emotion", notice.GetProperty("parameter").GetString());
        Assert.Equal("grieff", notice.GetProperty("value").GetString());
        Assert.Equal("grief", notice.GetProperty("suggestion").GetString());
        Assert.Equal("No post carries the emotion 'grieff'; did you mean 'grief'?", notice.GetProperty("message").GetString());
    }

    [Fact]
    public async Task EachUnknownValueOfEveryListParameterGetsItsOwnNoticeInTheOrderOfTheParameters()
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync("/api/posts?excludeEmotion=calmm&tag=conection,midlife,zzqqxxyy&excludeTag=walkng&tagMatch=any");

        var notices = page.GetProperty("notices").EnumerateArray().Select(Describe).ToArray();
        Assert.Equal(["tag conection connection", "tag zzqqxxyy -", "excludeTag walkng walking", "excludeEmotion calmm calm"], notices);
        Assert.True(page.GetProperty("totalItems").GetInt32() > 0, "The known tag midlife still finds its posts.");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("notices")[1].GetProperty("suggestion").ValueKind);
    }

    [Theory]
    [InlineData("/api/posts")]
    [InlineData("/api/posts?tag=connection&emotion=GRIEF")]
    [InlineData("/api/posts?tag=Midlife&excludeEmotion=calm")]
    [InlineData("/api/posts/on-this-day?date=07-09")]
    public async Task KnownValuesAndNoFiltersAnswerAnEmptyListOfNotices(string path)
    {
        using var client = await factory.CreateReadyClientAsync();

        var page = await client.GetJsonAsync(path);

        Assert.Equal(JsonValueKind.Array, page.GetProperty("notices").ValueKind);
        Assert.Equal(0, page.GetProperty("notices").GetArrayLength());
    }

    [Fact]
    public async Task AnEmotionDeclaredInTheVocabularyButCarriedByNoPostIsKnownAndAnUnknownOneSuggestsADeclaredName()
    {
        await using var journal = JournalApiFactory.OverEmptyFolder()
            .WithFile("emotions.yml", "emotions:\n  - name: sadness\n  - name: grief\n    parent: sadness\n    aliases: [mourning]\n  - name: wonder\n")
            .WithFile("2025-01-01-one.md", "---\ntitle: One\ndate: 2025-01-01\nemotions: [grief]\n---\nText.\n");
        using var client = await journal.CreateReadyClientAsync();

        var known = await client.GetJsonAsync("/api/posts?emotion=wonder,mourning,sadness&emotionMatch=any");
        var unknown = await client.GetJsonAsync("/api/posts?emotion=wondr");

        Assert.Equal(0, known.GetProperty("notices").GetArrayLength());
        Assert.Equal("wonder", Assert.Single(unknown.GetProperty("notices").EnumerateArray()).GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task TheEmotionalTimelineNamesAnUnknownTagInItsNoticesToo()
    {
        using var client = await factory.CreateReadyClientAsync();

        var timeline = await client.GetJsonAsync("/api/emotions/timeline?interval=year&tag=midlif");

        var notice = Assert.Single(timeline.GetProperty("notices").EnumerateArray());
        Assert.Equal("tag midlif midlife", Describe(notice));
    }

    [Fact]
    public async Task ABadValueStillAnswers400RatherThanANotice()
    {
        using var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/posts?emotion=grieff&tag=" + new string('x', 51), UriKind.Relative));

        await HttpAssert.AssertProblemAsync(response, HttpStatusCode.BadRequest, "tag");
    }

    private static string Describe(JsonElement notice) =>
        $"{notice.GetProperty("parameter").GetString()} {notice.GetProperty("value").GetString()} {notice.GetProperty("suggestion").GetString() ?? "-"}";
}
