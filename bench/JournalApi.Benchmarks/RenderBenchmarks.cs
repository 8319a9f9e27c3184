using BenchmarkDotNet.Attributes;
using JournalApi.Content.Files;
using JournalApi.Content.FrontMatter;
using JournalApi.Content.Rendering;

namespace JournalApi.Benchmarks;

/// <summary>Rendering one entry of median length (about 800 words) to safe HTML, in each raw-HTML mode.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private MarkdownRenderer renderer = null!;
    private string body = "";

    [Params(RawHtmlMode.Omit, RawHtmlMode.Sanitize)]
    public RawHtmlMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = ContentFileFinder.Find(Corpus.Ensure(1000)).Files.OrderBy(f => f.Length).ToList();
        var median = files[files.Count / 2];
        body = FrontMatterSplitter.Split(median.RelativePath, FileReader.Read(median, long.MaxValue).Text!).Entry!.Body;
        renderer = new MarkdownRenderer(Mode);
    }

    [Benchmark]
    public RenderedBody RenderOneEntry() => renderer.Render(body);
}
