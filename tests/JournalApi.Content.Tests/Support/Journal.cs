using JournalApi.Content.Files;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Loading;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Content.Tests.Support;

/// <summary>Loads fixtures the way the host does: a folder in, a snapshot out, at a fixed moment.</summary>
internal static class Journal
{
    /// <summary>"Now" for every test unless it says otherwise: after every fixture's date but the scheduled ones.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Today);

    public static ContentSnapshot Load(string root, LoadOptions? options = null, TimeProvider? clock = null) =>
        new ContentLoader(options ?? new LoadOptions(), clock ?? Clock()).Load(root);

    public static ContentSnapshot LoadFixtureFolder(string folder, LoadOptions? options = null, TimeProvider? clock = null) =>
        Load(Fixtures.PathOf(folder), options, clock);

    /// <summary>Loads one fixture in a folder of its own, beside the valid companion entry.</summary>
    public static FixtureLoad LoadBesideCompanion(string fixture, LoadOptions? options = null)
    {
        using var folder = new TempContentFolder();
        folder.Copy(Fixtures.Companion);
        folder.Copy(fixture);
        return new FixtureLoad(Load(folder.Root, options), Path.GetFileName(fixture));
    }

    /// <summary>Loads one fixture on its own through <see cref="EntryLoader"/>, without a folder.</summary>
    public static EntryResult LoadEntry(string fixture, LoadOptions? options = null)
    {
        var info = new FileInfo(Fixtures.PathOf(fixture));
        var file = new ContentFile(info.FullName, info.Name, info.Length, info.LastWriteTimeUtc);
        return new EntryLoader(options ?? new LoadOptions()).Load(file);
    }

    /// <summary>The post a valid fixture makes; fails the test if the fixture gave any diagnostic.</summary>
    public static Model.Post LoadPost(string fixture, LoadOptions? options = null)
    {
        var result = LoadEntry(fixture, options);
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<Model.Post>(result.Post);
    }
}
