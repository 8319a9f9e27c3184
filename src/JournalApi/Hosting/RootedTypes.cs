namespace JournalApi.Hosting;

/// <summary>Why reflection over the program's own types is safe in the Native AOT publish.</summary>
internal static class RootedTypes
{
    public const string Justification =
        "JournalApi and JournalApi.Content are trimmer roots of the Native AOT publish (JournalApi.csproj), so every member of their " +
        "types is kept; PublishedProgramAnswersTests check that the published program answers as the tested host does.";
}
