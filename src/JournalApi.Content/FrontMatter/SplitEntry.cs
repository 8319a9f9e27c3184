using JournalApi.Content.Model;

namespace JournalApi.Content.FrontMatter;

/// <summary>An entry's text split in two: the front matter between the fences and the Markdown after them.</summary>
/// <param name="Yaml">The front matter text, without the fences (TOML when <paramref name="IsToml"/>).</param>
/// <param name="YamlFirstLine">The file line on which the front matter text starts (2: right after the opening fence).</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyFirstLine">The file line on which the body starts.</param>
/// <param name="IsToml">Whether the front matter is TOML between <c>+++</c> lines (Hugo) rather than YAML.</param>
/// <param name="Notice">A warning about the split that does not stop the entry (a dated file with no front matter).</param>
public sealed record SplitEntry(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool IsToml = false, Diagnostic? Notice = null);
