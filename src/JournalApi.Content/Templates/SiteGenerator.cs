namespace JournalApi.Content.Templates;

/// <summary>
/// Which generator a file was written for, when <c>Content:Templates</c> is <c>auto</c>. The first rule that answers:
/// TOML front matter is Hugo's; a file in a <c>_posts</c> folder is Jekyll's; then the site the content folder belongs
/// to (<see cref="OfFolder"/>); then the body: with Hugo's shortcode delimiters (<c>{{&lt;</c>, <c>{{%</c>) it is Hugo's,
/// unless it also holds Liquid tags (<c>{% %}</c>), a writer's move from one to the other, when both run (auto); any
/// other body is Jekyll's, as Liquid is the older and commoner habit.
/// </summary>
public static class SiteGenerator
{
    private static readonly string[] HugoConfigs = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"];
    private static readonly string[] HugoSiteConfigs = ["config.toml", "config.yaml", "config.yml", "config.json"];
    private static readonly string[] JekyllConfigs = ["_config.yml", "_config.yaml", "_config.toml"];

    /// <summary>The generator of one file.</summary>
    /// <param name="setting">What <c>Content:Templates</c> says: anything but auto decides alone.</param>
    /// <param name="folder">What <see cref="OfFolder"/> found for the content folder (auto: nothing).</param>
    /// <param name="isToml">Whether the front matter is TOML.</param>
    /// <param name="relativePath">The file's path relative to the content folder.</param>
    /// <param name="body">The body.</param>
    public static TemplateDialect For(TemplateDialect setting, TemplateDialect folder, bool isToml, string relativePath, string body)
    {
        if (setting != TemplateDialect.Auto)
        {
            return setting;
        }

        if (isToml)
        {
            return TemplateDialect.Hugo;
        }

        if (relativePath.StartsWith("_posts/", StringComparison.Ordinal) || relativePath.Contains("/_posts/", StringComparison.Ordinal))
        {
            return TemplateDialect.Jekyll;
        }

        if (folder != TemplateDialect.Auto)
        {
            return folder;
        }

        if (!body.Contains("{{<", StringComparison.Ordinal) && !body.Contains("{{%", StringComparison.Ordinal))
        {
            return TemplateDialect.Jekyll;
        }

        return System.Text.RegularExpressions.Regex.IsMatch(body.Replace("{{%", "", StringComparison.Ordinal), @"\{%-?\s*[a-z]")
            ? TemplateDialect.Auto
            : TemplateDialect.Hugo;
    }

    /// <summary>
    /// The site a content folder belongs to, from the nearest configuration file in it or in a folder above it (up to
    /// the repository's root, a folder holding <c>.git</c>): Jekyll's <c>_config.yml</c>, Hugo's <c>hugo.toml</c> (or
    /// <c>.yaml</c>, <c>.json</c>), or Hugo's older <c>config.toml</c> (or <c>.yaml</c>, <c>.json</c>) beside a
    /// <c>content</c> folder. Auto when none is found.
    /// </summary>
    public static TemplateDialect OfFolder(string root)
    {
        try
        {
            for (var folder = root.Length == 0 ? null : new DirectoryInfo(Path.GetFullPath(root)); folder is not null; folder = folder.Parent)
            {
                if (JekyllConfigs.Any(name => File.Exists(Path.Join(folder.FullName, name))))
                {
                    return TemplateDialect.Jekyll;
                }

                if (HugoConfigs.Any(name => File.Exists(Path.Join(folder.FullName, name))) ||
                    (Directory.Exists(Path.Join(folder.FullName, "content")) &&
                     (HugoSiteConfigs.Any(name => File.Exists(Path.Join(folder.FullName, name))) || Directory.Exists(Path.Join(folder.FullName, "config", "_default")))))
                {
                    return TemplateDialect.Hugo;
                }

                if (Directory.Exists(Path.Join(folder.FullName, ".git")) || File.Exists(Path.Join(folder.FullName, ".git")))
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            // A folder above that cannot be looked at says nothing about the site.
        }

        return TemplateDialect.Auto;
    }
}
