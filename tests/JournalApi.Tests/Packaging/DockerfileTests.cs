using JournalApi.Tests.Contract;

namespace JournalApi.Tests.Packaging;

/// <summary>
/// No Docker engine runs here, so the Dockerfile is checked as text against the repository: what it copies
/// exists, its publish command is the one CI runs, and the program it starts is in that command's output.
/// </summary>
public sealed class DockerfileTests
{
    // Published for the image's architecture (Docker's amd64 or arm64, which dotnet's -a takes as they are).
    private const string PublishCommand = "dotnet publish src/JournalApi/JournalApi.csproj -c Release -a";

    /// <summary>What the restore layer may copy: the files that decide the restore and the build settings, never source.</summary>
    private static readonly string[] RestoreInputs = [".csproj", ".props", ".targets", "global.json", "nuget.config", ".editorconfig"];

    private readonly Dockerfile dockerfile = Dockerfile.Parse(RepositoryFiles.ReadText("Dockerfile"));

    private DockerInstruction Build => dockerfile.Stages[0];

    private DockerInstruction Runtime => dockerfile.Stages[^1];

    [Fact]
    public void DockerfileBuildsOnTheSdkImageAndRunsSelfContainedOnTheRuntimeDepsImage()
    {
        Assert.Equal(2, dockerfile.Stages.Count);
        Assert.Matches(@"/dotnet/sdk:10\.0\S* AS \w+$", Build.Arguments);
        Assert.Matches(@"/dotnet/runtime-deps:10\.0\S*( AS \w+)?$", Runtime.Arguments);

        var buildName = Build.Arguments.Split(' ')[^1];
        var fromBuild = dockerfile.InStage(Runtime.Stage, "COPY").Where(c => c.Option("from") is not null).ToList();
        Assert.NotEmpty(fromBuild);
        Assert.All(fromBuild, copy => Assert.Equal(buildName, copy.Option("from")));
    }

    [Fact]
    public void EveryPathCopiedFromTheBuildContextExistsAndIsNotDockerIgnored()
    {
        var ignored = RepositoryFiles.ReadText(".dockerignore").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => !p.StartsWith('#') && !p.StartsWith("**", StringComparison.Ordinal))
            .Select(p => p.TrimEnd('/'))
            .ToList();
        var sources = dockerfile.Instructions.Where(i => i.Keyword == "COPY" && i.Option("from") is null)
            .SelectMany(copy => copy.Operands.SkipLast(1))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            var path = RepositoryFiles.PathOf(source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"The Dockerfile copies '{source}', which is not in the repository.");
            var trimmed = source.TrimEnd('/');
            Assert.DoesNotContain(ignored, pattern => trimmed == pattern || trimmed.StartsWith(pattern + "/", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void RestoreLayerCopiesOnlyProjectFilesBeforeRestoring()
    {
        var build = dockerfile.Instructions.Where(i => i.Stage == Build.Stage).ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var sourceCopy = build.FindIndex(i => i.Keyword == "COPY" && i.Operands[0] == "src/");

        Assert.True(restore > 0, "The build stage has no 'RUN dotnet restore'.");
        Assert.True(sourceCopy > restore, "The source is copied before 'dotnet restore', so every code change would restore again.");
        var copiedFirst = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(c => c.Operands.SkipLast(1)).ToList();
        Assert.NotEmpty(copiedFirst);
        Assert.All(copiedFirst, source => Assert.True(
            RestoreInputs.Any(ending => source.EndsWith(ending, StringComparison.OrdinalIgnoreCase)),
            $"The restore layer copies '{source}', which is not a project or build-settings file."));
        Assert.Contains("src/JournalApi/JournalApi.csproj", copiedFirst);
    }

    [Fact]
    public void PublishCommandIsTheOneCiRuns()
    {
        var publish = Assert.Single(dockerfile.InStage(Build.Stage, "RUN"), r => r.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        var restore = Assert.Single(dockerfile.InStage(Build.Stage, "RUN"), r => r.Arguments.Contains("dotnet restore", StringComparison.Ordinal));

        Assert.StartsWith(PublishCommand + " $TARGETARCH ", publish.Arguments, StringComparison.Ordinal);
        Assert.EndsWith(" -a $TARGETARCH", restore.Arguments, StringComparison.Ordinal);
        Assert.Contains(PublishCommand + " \"$(dpkg --print-architecture)\" ", RepositoryFiles.ReadText(".ci/run"), StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeStageRunsAsANonRootUser()
    {
        var user = Assert.Single(dockerfile.InStage(Runtime.Stage, "USER")).Arguments.Split(':')[0];

        Assert.False(user is "root" or "0" or "", $"The runtime stage runs as '{user}'.");
    }

    [Fact]
    public void RuntimeStageListensOn8080()
    {
        Assert.Equal("8080", Assert.Single(dockerfile.InStage(Runtime.Stage, "EXPOSE")).Arguments);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", string.Join(' ', dockerfile.InStage(Runtime.Stage, "ENV").Select(e => e.Arguments)), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentIsCopiedWhereContentPathPointsSoThatAVolumeCanReplaceIt()
    {
        var content = Assert.Single(dockerfile.InStage(Runtime.Stage, "COPY"), c => c.Operands[0] == "content/");
        var environment = string.Join(' ', dockerfile.InStage(Runtime.Stage, "ENV").Select(e => e.Arguments));

        Assert.Contains($"Content__Path={content.Operands[^1].TrimEnd('/')}", environment, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthCheckRunsTheAppsOwnHealthcheckVerb()
    {
        var healthCheck = Assert.Single(dockerfile.InStage(Runtime.Stage, "HEALTHCHECK")).Arguments;
        var command = healthCheck[(healthCheck.IndexOf("CMD ", StringComparison.Ordinal) + 4)..];

        Assert.Equal([EntryPoint(), "healthcheck"], DockerInstruction.ExecForm(command));
    }

    [Fact]
    public void EntryPointIsTheProgramThePublishWrites()
    {
        var publishFolder = Environment.GetEnvironmentVariable("JOURNALAPI_PUBLISH_DIR") is { Length: > 0 } published
            ? published
            : AppContext.BaseDirectory;
        var copied = Assert.Single(dockerfile.InStage(Runtime.Stage, "COPY"), c => c.Option("from") is not null);
        var folder = Assert.Single(dockerfile.InStage(Runtime.Stage, "WORKDIR")).Arguments;

        // The publish output lands in the working folder, and the entry point is the program there, not 'dotnet some.dll'.
        Assert.Equal(("/app", "./"), (copied.Operands[0], copied.Operands[^1]));
        Assert.Equal($"{folder}/JournalApi", EntryPoint());
        Assert.True(File.Exists(Path.Combine(publishFolder, "JournalApi")), $"The Dockerfile starts JournalApi, which is not in {publishFolder}.");
    }

    private string EntryPoint() =>
        Assert.Single(DockerInstruction.ExecForm(Assert.Single(dockerfile.InStage(Runtime.Stage, "ENTRYPOINT")).Arguments));
}
