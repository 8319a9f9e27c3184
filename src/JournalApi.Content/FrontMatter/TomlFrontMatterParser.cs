using System.Globalization;
using JournalApi.Content.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace JournalApi.Content.FrontMatter;

/// <summary>
/// Parses TOML front matter (Hugo's <c>+++</c>) with Tomlyn's syntax tree into the same <see cref="YamlValue"/>s the
/// YAML parser gives, with file lines and columns, so that one validator and one binder serve both. Strings are
/// quoted scalars; numbers, booleans and dates are plain scalars holding their TOML text; tables are mappings.
/// </summary>
public static class TomlFrontMatterParser
{
    public static (IReadOnlyList<YamlField>? Fields, Diagnostic? Problem) Parse(string path, SplitEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Yaml))
        {
            return ([], null);
        }

        var document = SyntaxParser.Parse(entry.Yaml, path, true);
        if (document.HasErrors)
        {
            var error = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            return (null, new Diagnostic(path, error.Span.Start.Line + entry.YamlFirstLine, error.Span.Start.Column + 1, DiagnosticSeverity.Error,
                DiagnosticCodes.TomlSyntax, null, $"The front matter is not valid TOML: {error.Message}",
                "Check the quotes and brackets: title = \"...\", tags = [\"a\", \"b\"], date = 2025-07-09."));
        }

        var fields = new List<YamlField>();
        foreach (var pair in document.KeyValues)
        {
            fields.Add(Field(pair, entry.YamlFirstLine));
        }

        foreach (var table in document.Tables)
        {
            var (line, column) = Where(table, entry.YamlFirstLine);
            var mapping = new YamlMapping([.. table.Items.Select(pair => Field(pair, entry.YamlFirstLine))], line, column);
            var name = KeyText(table.Name);
            if (table is TableArraySyntax)
            {
                var at = fields.FindIndex(f => f.Key == name && f.Value is YamlSequence);
                var items = at >= 0 ? [.. ((YamlSequence)fields[at].Value).Items, mapping] : new List<YamlValue> { mapping };
                var field = new YamlField(name, new YamlSequence(items, line, column), line, column);
                if (at >= 0)
                {
                    fields[at] = field;
                }
                else
                {
                    fields.Add(field);
                }
            }
            else
            {
                fields.Add(new YamlField(name, mapping, line, column));
            }
        }

        return (fields, null);
    }

    private static YamlField Field(KeyValueSyntax pair, int firstLine)
    {
        var (line, column) = Where(pair, firstLine);
        return new YamlField(KeyText(pair.Key), Value(pair.Value, firstLine), line, column);
    }

    private static YamlValue Value(ValueSyntax? value, int firstLine)
    {
        var (line, column) = value is null ? (firstLine, 1) : Where(value, firstLine);
        return value switch
        {
            StringValueSyntax text => new YamlScalar(text.Value ?? "", IsPlain: false, line, column),
            BooleanValueSyntax flag => new YamlScalar(flag.Value ? "true" : "false", IsPlain: true, line, column),
            IntegerValueSyntax number => new YamlScalar(number.Value.ToString(CultureInfo.InvariantCulture), IsPlain: true, line, column),
            FloatValueSyntax number => new YamlScalar(number.Value.ToString(CultureInfo.InvariantCulture), IsPlain: true, line, column),
            DateTimeValueSyntax date => new YamlScalar(date.Value.ToString(), IsPlain: true, line, column),
            ArraySyntax array => new YamlSequence([.. array.Items.Select(item => Value(item.Value, firstLine))], line, column),
            InlineTableSyntax table => new YamlMapping([.. table.Items.Where(i => i.KeyValue is not null).Select(i => Field(i.KeyValue!, firstLine))], line, column),
            _ => new YamlScalar("", IsPlain: true, line, column),
        };
    }

    private static string KeyText(KeySyntax? key)
    {
        if (key is null)
        {
            return "";
        }

        var parts = new List<string> { Part(key.Key) };
        parts.AddRange(key.DotKeys.Select(d => Part(d.Key)));
        return string.Join('.', parts);
    }

    private static string Part(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };

    // Tomlyn counts lines and columns from 0; the TOML text starts on the file's line 'firstLine'.
    private static (int Line, int Column) Where(SyntaxNodeBase node, int firstLine) => (node.Span.Start.Line + firstLine, node.Span.Start.Column + 1);
}
