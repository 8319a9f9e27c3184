using System.Runtime.ExceptionServices;
using JournalApi.Configuration;
using JournalApi.Content.Loading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JournalApi.Tests;

/// <summary>
/// The one test host: a fresh temporary content folder holding the fixture journal (<c>Journal/</c>), a fake clock
/// set to <see cref="Today"/>, and nothing else substituted. The folder is deleted when the factory is disposed.
/// </summary>
public sealed class JournalApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The fake "now": after every fixture entry but the deliberately future-dated one.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly bool ownsFolder;
    private bool started;
    private ExceptionDispatchInfo? startFailure;

    /// <summary>A host over a new copy of the fixture journal.</summary>
    public JournalApiFactory()
        : this(CopyFixtureJournal(), ownsFolder: true)
    {
    }

    private JournalApiFactory(string contentPath, bool ownsFolder)
    {
        ContentPath = contentPath;
        this.ownsFolder = ownsFolder;
    }

    /// <summary>The content folder the host reads (<c>Content:Path</c>).</summary>
    public string ContentPath { get; }

    public FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>A host whose <c>Content:Path</c> names a folder that does not exist; it must refuse to start.</summary>
    public static JournalApiFactory OverMissingFolder() =>
        new(Path.Combine(Path.GetTempPath(), $"journalapi-missing-{Guid.NewGuid():N}"), ownsFolder: false);

    /// <summary>Writes one more file into the content folder; only before the host starts, since the load happens once.</summary>
    public JournalApiFactory WithFile(string relativePath, string text)
    {
        if (started)
        {
            throw new InvalidOperationException("Add content files before the first client is created.");
        }

        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A client that does not follow redirects, returned once the background load has published the content.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Services.GetRequiredService<ContentStore>().WaitUntilReadyAsync().WaitAsync(LoadTimeout);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        started = true;
        builder.UseSetting("Content:Path", ContentPath);
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            RecordContentOptionsFailures(services);
        });
    }

    /// <summary>Rethrows a start-up validation failure, which Program.cs reports on stderr and does not rethrow.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (startFailure is { } failure)
        {
            host.Dispose();
            failure.Throw();
        }

        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder && Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }

    /// <summary>
    /// Program.cs turns an <see cref="OptionsValidationException"/> into a message and an exit code (right for an
    /// operator), and the host it ran is disposed, so WebApplicationFactory would only report an
    /// <see cref="ObjectDisposedException"/>. The content options are read while the hosted services are resolved,
    /// so the failure is remembered where the options are made, for <see cref="CreateHost"/> to rethrow.
    /// </summary>
    private void RecordContentOptionsFailures(IServiceCollection services) =>
        services.AddTransient<IOptionsFactory<ContentOptions>>(sp => new RecordingOptionsFactory<ContentOptions>(
            new OptionsFactory<ContentOptions>(
                sp.GetServices<IConfigureOptions<ContentOptions>>(),
                sp.GetServices<IPostConfigureOptions<ContentOptions>>(),
                sp.GetServices<IValidateOptions<ContentOptions>>()),
            e => startFailure = ExceptionDispatchInfo.Capture(e)));

    private static string CopyFixtureJournal()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Journal");
        var target = Directory.CreateTempSubdirectory("journalapi-tests-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private sealed class RecordingOptionsFactory<TOptions>(IOptionsFactory<TOptions> inner, Action<OptionsValidationException> record)
        : IOptionsFactory<TOptions>
        where TOptions : class
    {
        public TOptions Create(string name)
        {
            try
            {
                return inner.Create(name);
            }
            catch (OptionsValidationException e)
            {
                record(e);
                throw;
            }
        }
    }
}
