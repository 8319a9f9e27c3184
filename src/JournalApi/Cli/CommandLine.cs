namespace JournalApi.Cli;

/// <summary>
/// The verbs the same binary answers besides serving: <c>validate</c> (a writer's checker), <c>healthcheck</c>
/// (for the container's HEALTHCHECK, which has no curl), <c>openapi PATH</c> (writes the OpenAPI document) and
/// <c>snapshot PATH</c> (writes the loaded journal for <c>Content:SnapshotFile</c>).
/// </summary>
public sealed record CommandLine(string? Verb, IReadOnlyList<string> Operands, string[] HostArgs)
{
    public const string HealthCheck = "healthcheck";
    public const string OpenApi = "openapi";
    public const string Snapshot = "snapshot";
    public const string Validate = "validate";

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new CommandLine(null, [], args);
        }

        var operands = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).ToList();
        return new CommandLine(args[0], operands, [.. args.Skip(1 + operands.Count)]);
    }

    public static async Task<int> UnknownVerbAsync(string verb)
    {
        await Console.Error.WriteLineAsync($"Unknown command '{verb}'.\n{Usage}");
        return 2;
    }

    public static string Usage =>
        """
        Usage:
          JournalApi [--content PATH] [--urls URL]   serve the journal (Swagger UI at /swagger)
          JournalApi validate [--content DIR] [--format text|json] [--strict] [--Section:Key VALUE]
                                                     check every entry with the settings serving reads;
                                                     exit 0 clean, 1 errors (or warnings with --strict), 2 usage or settings
          JournalApi openapi PATH                    write the OpenAPI document to PATH
          JournalApi snapshot PATH [--content DIR] [settings...]
                                                     load the journal as serving would and write it to PATH, for
                                                     Content:SnapshotFile (a server then is ready from it at once)
          JournalApi healthcheck [URL]               exit 0 when URL (default http://127.0.0.1:8080/health/ready) answers 200
        """;
}
