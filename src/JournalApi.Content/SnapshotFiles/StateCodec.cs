using System.Text;
using System.Text.Json;
using JournalApi.Content.Files;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Vocabulary;

namespace JournalApi.Content.SnapshotFiles;

/// <summary>
/// Writes and reads what a library knows, field by field: files with their stamps, hashes and results, posts as loaded and
/// rendered, diagnostics, the emotion vocabulary. A field added to <see cref="Post"/> must be added here (a test lists them).
/// </summary>
internal static class StateCodec
{
    private static readonly JsonElement NoMeta = JsonDocument.Parse("{}").RootElement.Clone();

    public static void WriteFile(BinaryWriter writer, FileEntry file)
    {
        writer.Write(file.Stamp.RelativePath);
        writer.Write(file.Stamp.Length);
        writer.Write(file.Stamp.LastWriteUtc.Ticks);
        writer.WriteBlock(file.Hash ?? []);
        writer.Write(file.Latest.IsDraft);
        WriteDiagnostics(writer, file.Latest.Diagnostics);
        WriteOptionalPost(writer, file.Latest.Post);
        var served = file.Served is null ? 0 : ReferenceEquals(file.Served, file.Latest.Post) ? 1 : 2;
        writer.Write((byte)served);
        if (served == 2)
        {
            WritePost(writer, file.Served!);
        }
    }

    public static FileEntry ReadFile(PayloadReader reader, string root)
    {
        var path = reader.ReadString();
        var length = reader.ReadInt64();
        var written = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var hash = reader.ReadBlock();
        var isDraft = reader.ReadBoolean();
        var diagnostics = ReadDiagnostics(reader);
        var post = ReadOptionalPost(reader);
        var served = reader.ReadByte() switch
        {
            0 => null,
            1 => post,
            2 => ReadPost(reader),
            _ => throw new SnapshotFileProblem("it is corrupt (a file's served entry is of no known kind)"),
        };
        var stamp = new ContentFile(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)), path, length, written);
        return new FileEntry(stamp, hash.Length == ContentHashes.Length ? hash : null, new EntryResult(path, post, diagnostics, isDraft), served);
    }

    public static void WriteVocabulary(BinaryWriter writer, VocabularyState state)
    {
        writer.Write(state.Stamp.Ticks);
        writer.Write(state.Length);
        writer.WriteBlock(state.Hash ?? []);
        writer.WriteCount(state.Vocabulary.Emotions.Count);
        foreach (var emotion in state.Vocabulary.Emotions)
        {
            writer.Write(emotion.Name);
            writer.WriteOptional(emotion.Parent);
            writer.WriteStrings([.. emotion.Aliases]);
            writer.WriteOptional(emotion.Description);
        }

        WriteDiagnostics(writer, state.Diagnostics);
    }

    public static VocabularyState ReadVocabulary(PayloadReader reader)
    {
        var stamp = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var length = reader.ReadInt64();
        var hash = reader.ReadBlock();
        var emotions = new Emotion[reader.ReadCount()];
        for (var i = 0; i < emotions.Length; i++)
        {
            emotions[i] = new Emotion(reader.ReadString(), reader.ReadOptionalString(), reader.ReadStrings(), reader.ReadOptionalString());
        }

        var diagnostics = ReadDiagnostics(reader);
        var vocabulary = emotions.Length == 0 ? EmotionVocabulary.Open : new EmotionVocabulary(emotions);
        return new VocabularyState(stamp, length, hash.Length == ContentHashes.Length ? hash : null, vocabulary, diagnostics);
    }

    public static void WriteDiagnostics(BinaryWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        writer.WriteCount(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.Path);
            writer.WriteOptional(d.Line);
            writer.WriteOptional(d.Column);
            writer.Write((byte)d.Severity);
            writer.Write(d.Code);
            writer.WriteOptional(d.Field);
            writer.Write(d.Message);
            writer.WriteOptional(d.Suggestion);
            writer.Write(d.ServingLastGood);
        }
    }

    public static Diagnostic[] ReadDiagnostics(PayloadReader reader)
    {
        var diagnostics = new Diagnostic[reader.ReadCount()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new Diagnostic(reader.ReadString(), reader.ReadOptionalInt32(), reader.ReadOptionalInt32(),
                reader.ReadByte() switch
                {
                    0 => DiagnosticSeverity.Warning,
                    1 => DiagnosticSeverity.Error,
                    _ => throw new SnapshotFileProblem("it is corrupt (a diagnostic has no known severity)"),
                },
                reader.ReadString(), reader.ReadOptionalString(), reader.ReadString(), reader.ReadOptionalString(), reader.ReadBoolean());
        }

        return diagnostics;
    }

    private static void WriteOptionalPost(BinaryWriter writer, Post? post)
    {
        writer.Write(post is not null);
        if (post is not null)
        {
            WritePost(writer, post);
        }
    }

    private static Post? ReadOptionalPost(PayloadReader reader) => reader.ReadBoolean() ? ReadPost(reader) : null;

    private static void WritePost(BinaryWriter writer, Post post)
    {
        writer.Write(post.Slug);
        writer.Write(post.Title);
        WriteDate(writer, post.Date);
        writer.Write(post.Updated.HasValue);
        if (post.Updated is { } updated)
        {
            WriteDate(writer, updated);
        }

        writer.WriteStrings(post.Tags);
        writer.WriteStrings(post.Emotions);
        writer.WriteOptional(post.Description);
        writer.Write(post.Excerpt);
        writer.Write(post.WordCount);
        writer.Write(post.ReadingTimeMinutes);
        writer.WriteBlock(post.HtmlUtf8.Span);
        writer.WriteBlock(post.PlainTextUtf8.Span);
        writer.Write(post.Meta.ValueKind == JsonValueKind.Undefined || (post.Meta.ValueKind == JsonValueKind.Object && !post.Meta.EnumerateObject().Any())
            ? "" : post.Meta.GetRawText());
        writer.Write(post.SourcePath);
        writer.Write(post.ContentHash);
        writer.Write(post.HasExplicitSlug);
        writer.Write(post.IsDraft);
        writer.WriteStrings(post.Categories);
        writer.Write(post.PageUrl);
        writer.WriteStrings(post.Aliases);
        writer.Write(post.Image is not null);
        if (post.Image is { } image)
        {
            writer.Write(image.Url);
            writer.WriteOptional(image.Width);
            writer.WriteOptional(image.Height);
            writer.WriteOptional(image.Alt);
        }

        writer.WriteOptional(post.EmotionsLine);
    }

    private static Post ReadPost(PayloadReader reader)
    {
        var slug = reader.ReadString();
        var title = reader.ReadString();
        var date = ReadDate(reader);
        PostDate? updated = reader.ReadBoolean() ? ReadDate(reader) : null;
        return new Post
        {
            Slug = slug,
            Title = title,
            Date = date,
            Updated = updated,
            Tags = [.. reader.ReadStrings()],
            Emotions = [.. reader.ReadStrings()],
            Description = reader.ReadOptionalString(),
            Excerpt = reader.ReadString(),
            WordCount = reader.ReadInt32(),
            ReadingTimeMinutes = reader.ReadInt32(),
            HtmlUtf8 = reader.ReadBlockInPlace(),
            PlainTextUtf8 = reader.ReadBlockInPlace(),
            Meta = reader.ReadString() is { Length: > 0 } meta ? ParseMeta(meta) : NoMeta,
            SourcePath = reader.ReadString(),
            ContentHash = reader.ReadString(),
            HasExplicitSlug = reader.ReadBoolean(),
            IsDraft = reader.ReadBoolean(),
            Categories = [.. reader.ReadStrings()],
            PageUrl = reader.ReadString(),
            Aliases = [.. reader.ReadStrings()],
            Image = reader.ReadBoolean()
                ? new CoverImage(reader.ReadString(), reader.ReadOptionalInt32(), reader.ReadOptionalInt32(), reader.ReadOptionalString())
                : null,
            EmotionsLine = reader.ReadOptionalInt32(),
        };
    }

    private static JsonElement ParseMeta(string json)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            return JsonElement.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            throw new SnapshotFileProblem("it is corrupt (an entry's meta is not JSON)");
        }
    }

    private static void WriteDate(BinaryWriter writer, PostDate date)
    {
        writer.Write(date.Day.DayNumber);
        writer.Write(date.Moment.Ticks);
        writer.Write((short)date.Moment.Offset.TotalMinutes);
        writer.Write(date.HasTime);
    }

    private static PostDate ReadDate(PayloadReader reader)
    {
        var day = reader.ReadInt32();
        var ticks = reader.ReadInt64();
        var offset = reader.ReadInt16();
        var hasTime = reader.ReadBoolean();
        try
        {
            return new PostDate(DateOnly.FromDayNumber(day), new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset)), hasTime);
        }
        catch (ArgumentException)
        {
            throw new SnapshotFileProblem("it is corrupt (an entry's date is off the calendar)");
        }
    }
}
