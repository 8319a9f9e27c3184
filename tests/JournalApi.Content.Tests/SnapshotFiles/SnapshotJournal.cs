using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using JournalApi.Content.Loading;
using JournalApi.Content.Model;
using JournalApi.Content.Search;
using JournalApi.Content.Snapshots;
using JournalApi.Content.Tests.Support;

namespace JournalApi.Content.Tests.SnapshotFiles;

/// <summary>
/// A folder with a little of everything a snapshot file must keep (Jekyll and Hugo sites with covers, aliases, meta and
/// categories; an emotions.yml with unknown emotions; a draft, a scheduled entry, a broken file, a slug collision), and
/// what the snapshots of such a folder answer, written out as text so that two loads can be compared whole.
/// </summary>
internal static class SnapshotJournal
{
    public static void Fill(TempContentFolder folder)
    {
        CopyTree(Fixtures.PathOf("sites/jekyll"), folder.Folder("jekyll"));
        CopyTree(Fixtures.PathOf("sites/hugo"), folder.Folder("hugo"));
        CopyTree(Fixtures.PathOf("journal"), folder.Folder("journal"));
        folder.Copy("valid/2025-03-02-a-steady-companion.md");
        folder.Copy("valid/2025-03-02-a-steady-companion.md", "again/2025-03-02-a-steady-companion.md");
        folder.Copy("valid/2025-07-09-the-weight-of-unsent-letters.md");
        folder.Copy("live/a-draft.md");
        folder.Copy("live/scheduled.md");
        folder.Copy("live/first-light-broken.md");
        folder.Copy("vocabulary/grief-under-sadness.yml", "emotions.yml");
    }

    /// <summary>Every answer a reader can get from the snapshots, as lines of text: equal text, equal answers.</summary>
    public static string Answers(ContentSnapshots snapshots) => Answers(snapshots.Public) + "\n--- preview\n" + Answers(snapshots.Preview);

    public static string Answers(ContentSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"version {snapshot.Version}");
        foreach (var post in snapshot.Posts)
        {
            text.AppendLine(Describe(post));
            text.AppendLine(CultureInfo.InvariantCulture, $"  find {snapshot.Find(post.Slug)?.SourcePath} by-url {snapshot.FindByUrl(post.PageUrl)?.Slug}");
            foreach (var alias in post.Aliases)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  alias {alias} -> {snapshot.FindByUrl(alias)?.Slug}");
            }

            var (previous, next) = snapshot.Neighbours(post);
            text.AppendLine(CultureInfo.InvariantCulture, $"  neighbours {previous?.Slug} {next?.Slug}");
            text.AppendLine("  related " + string.Join(", ", snapshot.Related(post, 5).Select(r => $"{r.Post.Slug}:{r.Score:R}")));
        }

        text.AppendLine("diagnostics").AppendJoin('\n', snapshot.Diagnostics).AppendLine();
        text.AppendLine("tags " + string.Join(", ", snapshot.Tags));
        text.AppendLine("emotions " + string.Join(", ", snapshot.Emotions));
        text.AppendLine("categories " + string.Join(", ", snapshot.Categories));
        text.AppendLine("archive " + string.Join(", ", snapshot.Archive.Select(y => $"{y.Year}:{y.Count}[{string.Join(' ', y.Months)}]")));
        text.AppendLine("vocabulary " + string.Join(", ", snapshot.Vocabulary.Emotions.Select(e => $"{e.Name}<{e.Parent}")));
        var facets = snapshot.Query(new PostQuery { WithFacets = true }).Facets!;
        text.AppendLine($"facets {string.Join(", ", facets.Tags)} | {string.Join(", ", facets.Emotions)} | {string.Join(", ", facets.Categories)} | {string.Join(", ", facets.Years)}");
        foreach (var query in Queries(snapshot))
        {
            var parsed = snapshot.SearchIndex.Parse(query);
            var page = snapshot.Query(new PostQuery { Search = parsed, Sort = PostSort.Relevance, WithFacets = true, PageSize = 100 });
            text.AppendLine(CultureInfo.InvariantCulture, $"search {query}: {page.TotalItems}");
            for (var i = 0; i < page.Items.Count; i++)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {page.Items[i].Slug} {page.Highlights?[i]}");
            }

            var result = snapshot.SearchIndex.Search(parsed);
            text.AppendLine("  scores " + string.Join(' ', result.MatchScores.ToArray().Select(s => s.ToString("R", CultureInfo.InvariantCulture))));
        }

        return text.ToString();
    }

    /// <summary>Queries that reach every post: its title's words, a phrase of them, a prefix of the first.</summary>
    private static IEnumerable<string> Queries(ContentSnapshot snapshot)
    {
        foreach (var post in snapshot.Posts)
        {
            var words = post.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return words[^1];
            yield return $"\"{string.Join(' ', words.Take(2))}\"";
            yield return words[0][..Math.Min(3, words[0].Length)] + "*";
        }

        yield return "the";
        yield return "nothing-matches-this-zzz";
    }

    /// <summary>Every public property of a post, by reflection: a property added later is compared too.</summary>
    public static string Describe(Post post) =>
        string.Join(" | ", typeof(Post).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Value(p.GetValue(post))}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => text,
        ReadOnlyMemory<byte> bytes => Convert.ToBase64String(bytes.Span),
        JsonElement json => json.GetRawText(),
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
