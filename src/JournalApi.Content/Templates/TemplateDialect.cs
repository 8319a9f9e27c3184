namespace JournalApi.Content.Templates;

/// <summary>Which generator's templates a body is written for (<c>Content:Templates</c>).</summary>
public enum TemplateDialect
{
    /// <summary>Decided per file (<see cref="SiteGenerator.For"/>); a body it cannot tell runs both.</summary>
    Auto,

    /// <summary>Liquid with Jekyll's tags; Hugo's shortcodes are not special.</summary>
    Jekyll,

    /// <summary>Hugo's shortcodes; Liquid's <c>{{ }}</c> and <c>{% %}</c> are text, as Hugo shows them.</summary>
    Hugo,

    /// <summary>No templates: every body is shown as written.</summary>
    None,
}
