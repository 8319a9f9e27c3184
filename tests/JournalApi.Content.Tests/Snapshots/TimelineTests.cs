using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Search;

namespace JournalApi.Content.Tests.Snapshots;

/// <summary>
/// The emotional timeline over a generated corpus: bucket by bucket, emotion by emotion, it counts what a query for
/// that emotion (exact) over that bucket's days counts; and its buckets tile the whole range with nothing missing.
/// </summary>
public sealed class TimelineTests(GeneratedCorpus corpus) : IClassFixture<GeneratedCorpus>
{
    private ContentSnapshot Snapshot => corpus.Snapshot;

    public static TheoryData<TimelineInterval> Intervals => [TimelineInterval.Week, TimelineInterval.Month, TimelineInterval.Year];

    [Fact]
    public void TheCorpusLoadsWithoutErrors()
    {
        Assert.Equal(GeneratedCorpus.Size, Snapshot.Posts.Count);
        Assert.Equal(0, Snapshot.ErrorCount);
        Assert.True(Snapshot.Emotions.Count > 10, "The generated corpus should use many emotions.");
    }

    [Theory]
    [MemberData(nameof(Intervals))]
    public void EveryBucketCountsWhatAnExactQueryOverItsDaysCounts(TimelineInterval interval)
    {
        var buckets = Snapshot.Timeline(new PostQuery(), interval)!;

        foreach (var bucket in buckets)
        {
            foreach (var (emotion, count) in bucket.Counts)
            {
                var query = new PostQuery { Emotions = [emotion], EmotionMatch = MatchMode.Exact, From = bucket.Start, To = bucket.End, PageSize = 1 };
                Assert.True(Snapshot.Query(query).TotalItems == count,
                    $"{interval} {bucket.Start}..{bucket.End}: the timeline counts {count} '{emotion}', the query {Snapshot.Query(query).TotalItems}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Intervals))]
    public void EveryBucketNamesEveryEmotionZeroWhereItHasNone(TimelineInterval interval)
    {
        var buckets = Snapshot.Timeline(new PostQuery(), interval)!;
        var emotions = Snapshot.Emotions.Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

        Assert.All(buckets, b => Assert.Equal(emotions, b.Counts.Keys));
        if (interval == TimelineInterval.Week)
        {
            Assert.Contains(buckets, b => b.Counts.Values.Any(n => n == 0));
        }
    }

    [Theory]
    [MemberData(nameof(Intervals))]
    public void TheBucketsOfAnEmotionAddUpToItsCount(TimelineInterval interval)
    {
        var buckets = Snapshot.Timeline(new PostQuery(), interval)!;

        Assert.All(Snapshot.Emotions, e => Assert.Equal(e.Count, buckets.Sum(b => b.Counts[e.Name])));
    }

    [Theory]
    [MemberData(nameof(Intervals))]
    public void TheBucketsAreContiguousAndCoverTheFirstToTheLastDay(TimelineInterval interval)
    {
        var buckets = Snapshot.Timeline(new PostQuery(), interval)!;
        var first = Snapshot.Posts[^1].Date.Day;
        var last = Snapshot.Posts[0].Date.Day;

        Assert.InRange(first, buckets[0].Start, buckets[0].End);
        Assert.InRange(last, buckets[^1].Start, buckets[^1].End);
        for (var i = 1; i < buckets.Count; i++)
        {
            Assert.Equal(buckets[i - 1].End.AddDays(1), buckets[i].Start);
        }

        Assert.All(buckets, b => Assert.Equal(b.Start, StartOf(b.Start, interval)));
        Assert.All(buckets, b => Assert.Equal(Next(b.Start, interval).AddDays(-1), b.End));
    }

    [Fact]
    public void WeeksStartOnMonday() =>
        Assert.All(Snapshot.Timeline(new PostQuery(), TimelineInterval.Week)!, b => Assert.Equal(DayOfWeek.Monday, b.Start.DayOfWeek));

    [Fact]
    public void FromAndToSetTheRangeEvenWhereNoEntryIs()
    {
        var buckets = Snapshot.Timeline(new PostQuery { From = new DateOnly(1990, 3, 15), To = new DateOnly(1990, 6, 2) }, TimelineInterval.Month)!;

        Assert.Equal(["1990-03-01", "1990-04-01", "1990-05-01", "1990-06-01"], buckets.Select(b => b.Start.ToString("yyyy-MM-dd", null)));
        Assert.All(buckets, b => Assert.Empty(b.Counts));
    }

    [Fact]
    public void WithoutARangeAndWithoutEntriesThereAreNoBuckets() =>
        Assert.Empty(Snapshot.Timeline(new PostQuery { Emotions = ["bewilderment"] }, TimelineInterval.Month)!);

    [Fact]
    public void AFilteredTimelineCountsOnlyTheMatchingEntries()
    {
        var tag = Snapshot.Tags[0].Name;
        var buckets = Snapshot.Timeline(new PostQuery { Tags = [tag] }, TimelineInterval.Year)!;

        foreach (var bucket in buckets)
        {
            foreach (var (emotion, count) in bucket.Counts)
            {
                var query = new PostQuery { Tags = [tag], Emotions = [emotion], EmotionMatch = MatchMode.Exact, From = bucket.Start, To = bucket.End };
                Assert.Equal(Snapshot.Query(query).TotalItems, count);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Intervals))]
    public void TwoThousandBucketsAreServedAndOneMoreIsNot(TimelineInterval interval)
    {
        var from = new DateOnly(1800, 1, 15);
        var lastOfTwoThousand = Enumerable.Range(0, ContentSnapshot.MaxTimelineBuckets)
            .Aggregate(StartOf(from, interval), (start, _) => Next(start, interval)).AddDays(-1);

        var served = Snapshot.Timeline(new PostQuery { From = from, To = lastOfTwoThousand }, interval);
        var refused = Snapshot.Timeline(new PostQuery { From = from, To = lastOfTwoThousand.AddDays(1) }, interval);

        Assert.Equal(ContentSnapshot.MaxTimelineBuckets, served?.Count);
        Assert.Null(refused);
    }

    [Fact]
    public void MoreThanTwoThousandBucketsGiveNull() =>
        Assert.Null(Snapshot.Timeline(new PostQuery { From = new DateOnly(1, 1, 1), To = new DateOnly(9999, 12, 31) }, TimelineInterval.Week));

    [Theory]
    [MemberData(nameof(Intervals))]
    public void TheLastDayOnTheCalendarEndsTheLastBucket(TimelineInterval interval)
    {
        var buckets = Snapshot.Timeline(new PostQuery { From = new DateOnly(9999, 12, 1), To = DateOnly.MaxValue }, interval)!;

        Assert.Equal(DateOnly.MaxValue, buckets[^1].End);
    }

    private static DateOnly StartOf(DateOnly day, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Year => new DateOnly(day.Year, 1, 1),
        TimelineInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
    };

    private static DateOnly Next(DateOnly start, TimelineInterval interval) => interval switch
    {
        TimelineInterval.Year => start.AddYears(1),
        TimelineInterval.Month => start.AddMonths(1),
        _ => start.AddDays(7),
    };
}
