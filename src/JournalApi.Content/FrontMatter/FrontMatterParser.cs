using JournalApi.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JournalApi.Content.FrontMatter;

/// <summary>
/// Parses front matter YAML into <see cref="YamlValue"/>s with file line numbers, through YamlDotNet's
/// event parser. It never expands or binds anything, so the work done is bounded by the size of the text: explicit
/// tags and nesting deeper than <see cref="MaxDepth"/> are refused as errors. What Jekyll still publishes is served
/// with a warning: an anchor is ignored (its value kept), a key whose value is or holds an alias is left out (never
/// expanded), and a key written twice takes its last value, as Ruby's YAML gives it to Jekyll.
/// </summary>
public static class FrontMatterParser
{
    public const int MaxDepth = 32;

    public static (IReadOnlyList<YamlField>? Fields, Diagnostic? Problem) Parse(string path, SplitEntry entry)
    {
        var (fields, problem, warnings) = ParseWithWarnings(path, entry);
        return fields is not null && warnings.Count > 0 ? (null, warnings[0] with { Severity = DiagnosticSeverity.Error }) : (fields, problem);
    }

    /// <summary>The fields, or the error that refuses them; and the warnings of what was served otherwise than written.</summary>
    public static (IReadOnlyList<YamlField>? Fields, Diagnostic? Problem, IReadOnlyList<Diagnostic> Warnings) ParseWithWarnings(string path, SplitEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Yaml))
        {
            return ([], null, []);
        }

        var reader = new EventReader(path, entry.YamlFirstLine - 1, new Parser(new StringReader(entry.Yaml)));
        try
        {
            var (fields, problem) = reader.ReadDocument();
            return (fields, problem, reader.Warnings);
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + entry.YamlFirstLine - 1;
            return (null, new Diagnostic(path, line, (int)e.Start.Column, DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, null,
                $"The front matter is not valid YAML: {Describe(e)}",
                "Check the indentation, and put quotes around values that contain ': ' or start with a special character."), []);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException on some malformed input (an unclosed '[', a broken '!tag'),
            // without a position: the line of the last value read is the best place to point at.
            return (null, new Diagnostic(path, reader.LastLine ?? entry.YamlFirstLine, null, DiagnosticSeverity.Error,
                DiagnosticCodes.YamlSyntax, null, "The front matter is not valid YAML near this line.",
                "Check that every '[' and '{' is closed, and put quotes around values that contain ': ' or start with a special character."), []);
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var parenthesis = message.IndexOf("): ", StringComparison.Ordinal);
        return parenthesis >= 0 && message.StartsWith('(') ? message[(parenthesis + 3)..] : message;
    }

    private sealed class EventReader(string path, int lineOffset, IParser parser)
    {
        /// <summary>The file line of the last value read, for errors that come without a position.</summary>
        public int? LastLine { get; private set; }

        public List<Diagnostic> Warnings { get; } = [];

        private bool anchorReported;

        private sealed class Refused(Diagnostic diagnostic) : Exception(diagnostic.Message)
        {
            public Diagnostic Diagnostic { get; } = diagnostic;
        }

        public (IReadOnlyList<YamlField>?, Diagnostic?) ReadDocument()
        {
            try
            {
                parser.Consume<StreamStart>();
                if (parser.TryConsume<StreamEnd>(out _))
                {
                    return ([], null);
                }

                parser.Consume<DocumentStart>();
                var root = ReadValue(1);
                parser.Consume<DocumentEnd>();
                if (!parser.TryConsume<StreamEnd>(out _))
                {
                    throw Refuse(parser.Current!, DiagnosticCodes.YamlSyntax, null,
                        "The front matter holds more than one YAML document.", "Remove the extra '---' or '...' line inside it.");
                }

                return root switch
                {
                    YamlMapping mapping => (mapping.Fields, null),
                    YamlScalar { IsNull: true } or null => ([], null),
                    _ => (null, new Diagnostic(path, root.Line, root.Column, DiagnosticSeverity.Error, DiagnosticCodes.NotAMapping, null,
                        "The front matter must be a list of 'key: value' lines.", "Write each field as 'name: value' on its own line.")),
                };
            }
            catch (Refused refused)
            {
                return (null, refused.Diagnostic);
            }
        }

        /// <summary>A value, or null for an alias, which is never expanded: whatever holds it leaves it out.</summary>
        private YamlValue? ReadValue(int depth)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the front matter.");
            if (current is AnchorAlias alias)
            {
                parser.MoveNext();
                aliasSeen ??= alias;
                return null;
            }

            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty && !anchorReported)
                {
                    anchorReported = true;
                    Warn(current, DiagnosticCodes.YamlAnchorOrAlias, null,
                        $"The YAML anchor '&{node.Anchor.Value}' is ignored: its value is read as written, and aliases to it are not expanded.",
                        "Write values out in full instead of anchors and aliases.");
                }

                if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                {
                    throw Refuse(current, DiagnosticCodes.YamlExplicitTag, null,
                        $"Explicit YAML tags ('{node.Tag.Value}') are not accepted in front matter.", "Remove the tag; quote the value if it must stay text.");
                }
            }

            if (depth > MaxDepth)
            {
                throw Refuse(current, DiagnosticCodes.TooDeep, null,
                    $"The front matter is nested more than {MaxDepth} levels deep.", "Flatten the structure.");
            }

            var (line, column) = Where(current);
            LastLine = line;
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column);
                case SequenceStart:
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        if (ReadValue(depth + 1) is { } item)
                        {
                            items.Add(item);
                        }
                    }

                    return new YamlSequence(items, line, column);
                case MappingStart:
                    parser.MoveNext();
                    return new YamlMapping(ReadFields(depth), line, column);
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }
        }

        private List<YamlField> ReadFields(int depth)
        {
            var fields = new List<YamlField>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                var key = ReadValue(depth + 1);
                if (key is not YamlScalar { } scalarKey)
                {
                    throw Refuse(keyEvent, DiagnosticCodes.ComplexKey, null,
                        "A front matter key must be a plain name.", "Write the key as a simple word such as 'title'.");
                }

                var aliasBefore = aliasSeen;
                aliasSeen = null;
                var value = ReadValue(depth + 1);
                var alias = aliasSeen;
                aliasSeen = aliasBefore;
                if (alias is not null)
                {
                    Warn(alias, DiagnosticCodes.YamlAnchorOrAlias, scalarKey.Text, value is null
                            ? $"'{scalarKey.Text}' is the YAML alias '*{alias.Value.Value}', which is never expanded: the key is left out."
                            : $"'{scalarKey.Text}' holds the YAML alias '*{alias.Value.Value}', which is never expanded: it is left out of the value.",
                        "Write the value out in full.");
                    if (value is null)
                    {
                        continue;
                    }
                }

                if (seen.TryGetValue(scalarKey.Text, out var firstLine))
                {
                    Warn(keyEvent, DiagnosticCodes.DuplicateKey, scalarKey.Text,
                        $"'{scalarKey.Text}' is written twice (first on line {firstLine}); the last value is served, as Jekyll does.", "Keep one of them.");
                    fields.RemoveAll(f => f.Key == scalarKey.Text);
                }

                seen[scalarKey.Text] = key.Line;
                fields.Add(new YamlField(scalarKey.Text, value!, key.Line, key.Column));
            }

            return fields;
        }

        // The first alias met inside the value being read: the key that holds it is left out.
        private AnchorAlias? aliasSeen;

        private void Warn(ParsingEvent at, string code, string? field, string message, string suggestion)
        {
            var (line, column) = Where(at);
            Warnings.Add(new Diagnostic(path, line, column, DiagnosticSeverity.Warning, code, field, message, suggestion));
        }

        private (int Line, int Column) Where(ParsingEvent e) => ((int)e.Start.Line + lineOffset, (int)e.Start.Column);

        private Refused Refuse(ParsingEvent at, string code, string? field, string message, string suggestion)
        {
            var (line, column) = Where(at);
            return new Refused(new Diagnostic(path, line, column, DiagnosticSeverity.Error, code, field, message, suggestion));
        }
    }
}
