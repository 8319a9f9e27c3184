using JournalApi.Content.Model;
using JournalApi.Content.Search.Analysis;

namespace JournalApi.Content.Search.Indexing;

/// <summary>The folded forms of an indexed post's words with their term ids, as the index that holds the post resolves them.</summary>
internal sealed class FoldedForms(TermDictionary terms)
{
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    public HashSet<(string Form, int Term)> Of(Post post)
    {
        var forms = new HashSet<(string, int)>();
        Add(post.Title, forms);
        Add(post.Description ?? "", forms);
        Add(post.PlainText, forms);
        return forms;
    }

    private void Add(string text, HashSet<(string, int)> forms)
    {
        foreach (var (start, length) in WordSplitter.Split(text))
        {
            if (length > WordSplitter.MaxWordLength)
            {
                continue;
            }

            var word = text.AsSpan(start, length);
            var term = terms.Resolve(word);
            if (term < 0)
            {
                continue;
            }

            var spelling = word.ToString();
            if (!folded.TryGetValue(spelling, out var form))
            {
                folded[spelling] = form = TermNormalizer.Normalize(spelling).Folded;
            }

            forms.Add((form, term));
        }
    }
}
