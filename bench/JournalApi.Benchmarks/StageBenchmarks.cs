using BenchmarkDotNet.Attributes;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Rendering;
using JournalApi.Content.Validation;

namespace JournalApi.Benchmarks;

/// <summary>
/// Each step of loading one file, run over all 1,000 entries on one thread, each fed the output of the step
/// before: which step the load time goes to.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly EntryValidator Validator = new();
    private readonly MarkdownRenderer renderer = new(RawHtmlMode.Omit);
    private ContentFile[] files = [];
    private string[] texts = [];
    private SplitEntry[] splits = [];
    private EntryFields[] fields = [];

    [GlobalSetup]
    public void Setup()
    {
        files = [.. ContentFileFinder.Find(Corpus.Ensure(1000)).Files];
        texts = [.. files.Select(f => FileReader.Read(f, long.MaxValue).Text!)];
        splits = [.. files.Select((f, i) => FrontMatterSplitter.Split(f.RelativePath, texts[i]).Entry!)];
        fields = [.. files.Select((f, i) =>
            new EntryFields(FrontMatterParser.Parse(f.RelativePath, splits[i]).Fields!, EntryFileName.Parse(f.FileName), TimeZoneInfo.Utc))];
    }

    [Benchmark]
    public int Find() => ContentFileFinder.Find(Corpus.Ensure(1000)).Files.Count;

    [Benchmark]
    public long Read()
    {
        long total = 0;
        foreach (var file in files)
        {
            total += FileReader.Read(file, long.MaxValue).Text!.Length;
        }

        return total;
    }

    [Benchmark]
    public int Split()
    {
        var total = 0;
        for (var i = 0; i < files.Length; i++)
        {
            total += FrontMatterSplitter.Split(files[i].RelativePath, texts[i]).Entry!.Body.Length;
        }

        return total;
    }

    [Benchmark]
    public int ParseYaml()
    {
        var total = 0;
        for (var i = 0; i < files.Length; i++)
        {
            total += FrontMatterParser.Parse(files[i].RelativePath, splits[i]).Fields!.Count;
        }

        return total;
    }

    [Benchmark]
    public int Validate()
    {
        var total = 0;
        for (var i = 0; i < files.Length; i++)
        {
            total += Validator.Check(files[i].RelativePath, fields[i]).Count;
        }

        return total;
    }

    [Benchmark]
    public long Render()
    {
        long total = 0;
        foreach (var split in splits)
        {
            total += renderer.Render(split.Body).HtmlUtf8.Length;
        }

        return total;
    }
}
