namespace JournalApi.Content.FrontMatter;

/// <summary>A front matter value with where it was written. Scalars stay text; nothing is bound to .NET types here.</summary>
public abstract record YamlValue(int Line, int Column);

/// <summary>A scalar as written. <paramref name="IsPlain"/> is false for quoted and block scalars.</summary>
public sealed record YamlScalar(string Text, bool IsPlain, int Line, int Column) : YamlValue(Line, Column)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, int Line, int Column) : YamlValue(Line, Column);

public sealed record YamlMapping(IReadOnlyList<YamlField> Fields, int Line, int Column) : YamlValue(Line, Column);

/// <summary>One <c>key: value</c> pair; the line and column are the key's.</summary>
public sealed record YamlField(string Key, YamlValue Value, int Line, int Column);
