namespace JournalApi.Content.Model;

/// <summary>
/// The stable codes of every diagnostic. Codes never change meaning once published:
/// writers' CI scripts and editors match on them.
/// </summary>
public static class DiagnosticCodes
{
    // The file itself
    public const string FileTooLarge = "JA0001";
    public const string InvalidUtf8 = "JA0002";
    public const string Utf16 = "JA0003";
    public const string SymbolicLink = "JA0004";
    public const string Unreadable = "JA0005";
    public const string EmptyFile = "JA0006";
    public const string NameNotUtf8 = "JA0007";
    public const string PathTooLong = "JA0008";

    // The content folder
    public const string FolderUnreadable = "JA0020";
    public const string FolderMissing = "JA0021";
    public const string RefreshFailed = "JA0022";

    // A fault while loading one file (a defect in JournalApi that this file brings out): contained to the file
    public const string LoadFault = "JA0030";

    // The front matter block
    public const string NoFrontMatter = "JA0010";
    public const string UnterminatedFrontMatter = "JA0011";
    /// <summary>No longer given: TOML front matter is read (issue 11). Kept so that the code never means anything else.</summary>
    public const string TomlFrontMatter = "JA0012";
    public const string YamlSyntax = "JA0013";
    public const string YamlAnchorOrAlias = "JA0014";
    public const string YamlExplicitTag = "JA0015";
    public const string DuplicateKey = "JA0016";
    public const string TooDeep = "JA0017";
    public const string NotAMapping = "JA0018";
    public const string ComplexKey = "JA0019";
    /// <summary>Numbered after the file faults because the front matter's own range (JA0010-JA0019) was full.</summary>
    public const string TomlSyntax = "JA0009";

    // The body
    public const string BodyTooDeep = "JA0040";
    public const string TableTooWide = "JA0041";

    // Fields
    public const string TitleMissing = "JA0101";
    public const string TitleNotText = "JA0102";
    public const string TitleLength = "JA0103";
    public const string DateMissing = "JA0110";
    public const string DateFormat = "JA0111";
    public const string DateNotOnCalendar = "JA0112";
    public const string TermsNotAList = "JA0120";
    public const string TermInvalid = "JA0121";
    public const string TooManyTerms = "JA0122";
    public const string DescriptionNotText = "JA0130";
    public const string DescriptionLength = "JA0131";
    public const string ExcerptNotText = "JA0132";
    public const string SlugNotText = "JA0140";
    public const string SlugNormalised = "JA0141";
    public const string SlugEmpty = "JA0142";
    public const string FlagNotBoolean = "JA0150";
    public const string UpdatedInvalid = "JA0160";
    public const string PermalinkNotText = "JA0170";

    // The emotion vocabulary
    public const string VocabularyInvalid = "JA0301";
    public const string UnknownEmotion = "JA0302";

    // The body: raw HTML and templates
    public const string FrameRemoved = "JA0401";
    public const string TemplateTagOmitted = "JA0410";
    public const string TemplateFailed = "JA0411";
    public const string ShortcodeOmitted = "JA0412";

    // Across files
    public const string SlugCollision = "JA0201";
    public const string ExplicitSlugCollision = "JA0202";
}
