using BenchmarkDotNet.Attributes;
using JournalApi.Content;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Model;

namespace JournalApi.Benchmarks;

/// <summary>Questions a client asks of a 1,000-entry snapshot, uncached: what a request costs before any response cache.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly PostQuery[] Mix =
    [
        new() { Tags = ["connection"], Emotions = ["grief"], Page = 2 },
        new() { Tags = ["grief", "loss"], TagMatch = MatchMode.Any, Emotions = ["longing", "hope"], EmotionMatch = MatchMode.Any },
        new() { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31), Sort = PostSort.DateAscending },
        new() { Tags = ["midlife"], Sort = PostSort.TitleAscending, Page = 3 },
        new() { Page = 40, PageSize = 20 },
        new() { Emotions = ["joy"], Sort = PostSort.TitleDescending, PageSize = 100 },
    ];

    private ContentSnapshot snapshot = null!;
    private string[] slugs = [];

    [GlobalSetup]
    public void Setup()
    {
        snapshot = JournalEngine.Load(Corpus.Ensure(1000));
        slugs = [.. snapshot.Posts.Select(p => p.Slug)];
    }

    [Benchmark]
    public PostPage TagAndEmotionPage2() => snapshot.Query(Mix[0]);

    [Benchmark]
    public PostPage AnyOfTagsAndEmotions() => snapshot.Query(Mix[1]);

    [Benchmark]
    public PostPage DateRangeAscending() => snapshot.Query(Mix[2]);

    [Benchmark]
    public PostPage TagByTitlePage3() => snapshot.Query(Mix[3]);

    [Benchmark]
    public PostPage UnfilteredPage40() => snapshot.Query(Mix[4]);

    [Benchmark]
    public PostPage EmotionByTitleDescending100() => snapshot.Query(Mix[5]);

    /// <summary>The six queries above, one after another.</summary>
    [Benchmark]
    public int QueryMix()
    {
        var total = 0;
        foreach (var query in Mix)
        {
            total += snapshot.Query(query).TotalItems;
        }

        return total;
    }

    /// <summary>A hundred look-ups by slug with their neighbours, as <c>GET /api/posts/{slug}</c> does.</summary>
    [Benchmark]
    public int FindHundredSlugs()
    {
        var found = 0;
        for (var i = 0; i < slugs.Length; i += Math.Max(1, slugs.Length / 100))
        {
            if (snapshot.Find(slugs[i]) is Post post && snapshot.Neighbours(post).Previous is not null)
            {
                found++;
            }
        }

        return found;
    }
}
