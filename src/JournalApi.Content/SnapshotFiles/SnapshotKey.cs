using System.Collections;
using System.Globalization;
using System.Reflection;
using JournalApi.Content.Loading;
using JournalApi.Content.Templates;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// What a snapshot file's content depends on besides the folder: the file format, the engine that loaded the entries
/// (its version and build: another build may render differently) and every load setting. A file whose key differs from
/// the running program's is stale and is never used.
/// </summary>
/// <param name="FormatVersion">The layout of the sections.</param>
/// <param name="EngineVersion">The engine's informational version, for the message.</param>
/// <param name="EngineBuild">The engine assembly's module id (equal only for the same compiled code) and its references.</param>
/// <param name="Settings">Every load setting, by name, as text.</param>
internal sealed record SnapshotKey(int FormatVersion, string EngineVersion, string EngineBuild, IReadOnlyList<KeyValuePair<string, string>> Settings)
{
    public const int CurrentFormat = 1;

    /// <summary>The key's entry for the generator the folder's configuration files name.</summary>
    public const string FolderGenerator = "site generator of the folder";

    // The libraries whose version changes what is loaded, rendered or indexed. Named by one type each, not found with
    // Assembly.GetReferencedAssemblies, which a Native AOT program does not support.
    private static readonly Assembly[] OutputShapingLibraries =
    [
        typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Core.Parser).Assembly, typeof(Fluid.FluidParser).Assembly,
        typeof(Ganss.Xss.HtmlSanitizer).Assembly, typeof(AngleSharp.Dom.INode).Assembly, typeof(Tomlyn.Parsing.SyntaxParser).Assembly,
        typeof(Lucene.Net.Analysis.Analyzer).Assembly, typeof(Lucene.Net.Analysis.En.PorterStemFilter).Assembly,
    ];

    // Test hooks and the like: delegates change no output.
    private static readonly PropertyInfo[] SettingProperties = [.. typeof(LoadOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => !typeof(Delegate).IsAssignableFrom(p.PropertyType)).OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>
    /// The key of snapshot files this program writes and accepts, for a library loading <paramref name="root"/> with
    /// <paramref name="options"/>. Besides the settings it holds the site generator the folder's configuration files name
    /// (<see cref="SiteGenerator.OfFolder"/>), since with <c>Templates</c> on auto that decides how bodies are rendered.
    /// </summary>
    public static SnapshotKey For(LoadOptions options, string root)
    {
        var engine = typeof(SnapshotKey).Assembly;
        var references = OutputShapingLibraries.Select(a => a.FullName).Order(StringComparer.Ordinal);
        return new SnapshotKey(CurrentFormat,
            engine.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? engine.GetName().Version?.ToString() ?? "?",
            string.Join(";", references.Prepend(engine.ManifestModule.ModuleVersionId.ToString("N"))),
            [.. SettingProperties.Select(p => KeyValuePair.Create(p.Name, Text(p.GetValue(options)))),
                KeyValuePair.Create(FolderGenerator, SiteGenerator.OfFolder(root).ToString())]);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(FormatVersion);
        writer.Write(EngineVersion);
        writer.Write(EngineBuild);
        writer.WriteCount(Settings.Count);
        foreach (var (name, value) in Settings)
        {
            writer.Write(name);
            writer.Write(value);
        }
    }

    public static SnapshotKey Read(PayloadReader reader)
    {
        var (format, version, build) = (reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        var settings = new KeyValuePair<string, string>[reader.ReadCount()];
        for (var i = 0; i < settings.Length; i++)
        {
            settings[i] = KeyValuePair.Create(reader.ReadString(), reader.ReadString());
        }

        reader.ExpectEnd();
        return new SnapshotKey(format, version, build, settings);
    }

    /// <summary>Why a file with this key cannot be used by a program whose key is <paramref name="current"/>; null when it can.</summary>
    public string? StaleAgainst(SnapshotKey current)
    {
        if (FormatVersion != current.FormatVersion)
        {
            return $"it is stale (format {FormatVersion}; this program reads format {current.FormatVersion})";
        }

        if (EngineBuild != current.EngineBuild)
        {
            return $"it is stale (written by another build of the engine, {EngineVersion} build {EngineBuild[..Math.Min(8, EngineBuild.Length)]}; " +
                $"this is {current.EngineVersion} build {current.EngineBuild[..8]})";
        }

        var before = Settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var changed = current.Settings.Where(s => !before.TryGetValue(s.Key, out var then) || then != s.Value).Select(s => s.Key)
            .Concat(before.Keys.Where(name => current.Settings.All(s => s.Key != name))).ToList();
        return changed.Count == 0 ? null : $"it is stale (written with other settings: {string.Join(", ", changed)})";
    }

    /// <summary>A setting's value as text that differs whenever the output would: lists in order, maps by key, zones with their rules.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        TimeZoneInfo zone => zone.ToSerializedString(),
        IEnumerable<KeyValuePair<string, string>> pairs => string.Join("\n", pairs.Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal)),
        IDictionary map => string.Join("\n", map.Keys.Cast<object>().Select(k => $"{Text(k)}={Text(map[k])}").Order(StringComparer.Ordinal)),
        IEnumerable list => string.Join("\n", list.Cast<object?>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
