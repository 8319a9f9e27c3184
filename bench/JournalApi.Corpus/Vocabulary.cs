namespace JournalApi.Corpus;

/// <summary>
/// The words entries are made of. Tags and emotions are listed most frequent first: they are drawn with Zipf-like
/// weights, so a few are on most entries and the rest thin out, as in a real journal.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Tags =
    [
        "connection", "midlife", "vulnerability", "grief", "parenting", "work", "friendship", "marriage",
        "therapy", "walking", "books", "music", "faith", "anxiety", "habits", "aging",
        "travel", "home", "writing", "health", "money", "memory", "nature", "cooking",
        "siblings", "loss", "change", "rest", "community", "gratitude", "solitude", "burnout",
    ];

    public static readonly string[] Emotions =
    [
        "longing", "grief", "hope", "joy", "fear", "shame", "relief", "anger", "gratitude", "loneliness",
        "tenderness", "regret", "curiosity", "pride", "awe", "envy", "contentment", "nostalgia", "guilt", "calm",
        "frustration", "wonder", "sadness", "courage", "resignation",
    ];

    /// <summary>Title shapes: {N} and {M} are two different nouns, {G} a gerund, {Y} a small number.</summary>
    public static readonly string[] TitleShapes =
    [
        "Notes From {N}",
        "What I Keep Learning About {N}",
        "A Week of {G}",
        "{N} and the Art of {G}",
        "Letters to {N}",
        "After {N}",
        "The Slow Way Back to {N}",
        "Still {G}",
        "On {G}, Mostly",
        "When {N} Comes Back",
        "Making Peace With {N}",
        "{N}: A Small Inventory",
        "The Things {N} Asked of Me",
        "Somewhere Between {N} and {M}",
        "Why {N} Matters More Than {M}",
        "Year {Y} of {G}",
        "I Never Planned on {G}",
        "Unlearning \"{N}\"",
        "{N} — Again, and Differently",
        "Don't Call It {G}",
    ];

    public static readonly string[] Nouns =
    [
        "the Kitchen Window", "Night Shifts", "My Grandmother", "Old Letters", "the Back Porch", "Early Trains",
        "Forgiveness", "the Garden Gate", "Long Silences", "Moving House", "the Waiting Room", "Second Chances",
        "Borrowed Books", "the Hospital Stairs", "Winter Evenings", "the Sea", "My Brother", "Quiet Mornings",
        "Unsent Messages", "the Old Car", "Holidays", "Empty Rooms", "the Piano", "Saying Sorry",
        "Rainy Sundays", "Childhood Streets", "the Long Drive", "Tidying Up", "Names", "Photographs",
    ];

    public static readonly string[] Gerunds =
    [
        "Apologizing", "Slowing Down", "Letting People In", "Keeping Promises", "Asking Twice", "Coming Home",
        "Starting Again", "Saying Yes", "Remembering", "Walking Away", "Holding On", "Making Dinner",
        "Writing Back", "Sleeping Late", "Waiting Well",
    ];

    /// <summary>Everyday words for sentences; meaning is not the point, a realistic spread of word lengths is.</summary>
    public static readonly string[] Words =
    """
    the a an and but or yet so because since until while once whenever if although that which who this these
    those there here my your our their his her its we they I you he she it me us them was is are were be been
    am has have had do does did can could would should may might must will not no never always often seldom
    sometimes usually dawn dusk noon midnight lamp candle window kitchen porch stairs hallway sofa chair table
    kettle coffee bread soup plate cup envelope letter postcard phone voice message mother father grandmother
    uncle aunt cousin brother sister baby daughter son husband wife friend neighbour stranger nurse doctor
    teacher driver office school church station platform bridge harbour market street village city field
    forest hill river lake shore beach road bus train bicycle ticket silence noise song piano guitar radio
    record garden hedge apple rose rain fog frost snow wind sunlight shadow cloud morning afternoon evening
    winter spring summer autumn birthday holiday weekend hour minute year decade heart hands shoulders knees
    breath skin hair eyes mouth thought memory dream plan promise mistake apology reason answer question
    chance choice habit routine list note notebook diary page pencil photograph box drawer key door coat
    shoes suitcase remember forget notice carry hold keep lose find ask tell say write read listen wait stay
    leave return begin finish try fail learn forgive apologise laugh cry sleep wake walk drive cook clean
    quiet slow small heavy tired gentle honest strange familiar old new early late long short hard easy warm
    cold bright soft careful patient stubborn grateful lonely again still already almost only just even
    perhaps maybe really somehow anyway nothing everything something someone anyone nobody together alone
    """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Documentation domains (RFC 2606), so no generated link points at a real site.</summary>
    public static readonly string[] LinkHosts = ["example.com", "example.org", "example.net", "notes.example"];

    public static readonly string[] CodeSpans =
    [
        "ls ~/letters", "undo", "Esc", "alarm 06:30", "None", "mv worries/ /dev/null", "do { } while (hope)",
        "git stash", "exit 0", "~/journal/today.md", "404", "TODO: call back",
    ];
}
