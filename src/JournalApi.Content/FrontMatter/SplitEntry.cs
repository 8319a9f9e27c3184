namespace JournalApi.Content.FrontMatter;

/// <summary>An entry's text split in two: the YAML between the fences and the Markdown after them.</summary>
/// <param name="Yaml">The front matter text, without the fences.</param>
/// <param name="YamlFirstLine">The file line on which the YAML text starts (2: right after the opening fence).</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyFirstLine">The file line on which the body starts.</param>
public sealed record SplitEntry(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
