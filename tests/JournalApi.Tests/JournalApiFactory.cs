using System.Collections.Concurrent;
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
/// set to <see cref="Today"/>, and nothing else substituted: the settings are appsettings.json as shipped (the rate limit
/// on), so that tests take the paths production takes. The folder is deleted when the factory is disposed.
/// Tests that write every file themselves start from <see cref="OverEmptyFolder"/>; <see cref="WithSetting"/> sets
/// configuration such as <c>Content:Previews</c>; <see cref="WithProtectionsOff"/> is for the tests that need them off.
/// </summary>
public sealed class JournalApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The fake "now": after every fixture entry but the deliberately future-dated one.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);

    private readonly bool ownsFolder;
    private readonly Dictionary<string, string?> settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentStore? store;
    private Func<LoadOptions, LoadOptions>? adjustLoading;
    private bool started;
    private bool onLoopback;
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

    public FakeTimeProvider Clock { get; private set; } = new(Today);

    /// <summary>What the host logged at Warning or above, each as "Category: message".</summary>
    public ConcurrentQueue<string> Warnings { get; } = new();

    /// <summary>Completes when the host begins to stop: on its own (as <c>Content:Strict</c> makes it) or when disposed.</summary>
    public Task Stopping => stopping.Task;

    /// <summary>A host whose <c>Content:Path</c> names a folder that does not exist; it must refuse to start.</summary>
    public static JournalApiFactory OverMissingFolder() =>
        new(Path.Combine(Path.GetTempPath(), $"journalapi-missing-{Guid.NewGuid():N}"), ownsFolder: false);

    /// <summary>A host over a new, empty content folder of its own, for tests that write every file themselves.</summary>
    public static JournalApiFactory OverEmptyFolder() =>
        new(Directory.CreateTempSubdirectory("journalapi-tests-").FullName, ownsFolder: true);

    /// <summary>Sets one configuration value, such as <c>Content:Previews</c>; only before the host starts.</summary>
    public JournalApiFactory WithSetting(string key, string? value)
    {
        if (started)
        {
            throw new InvalidOperationException("Change settings before the first client is created.");
        }

        settings[key] = value;
        return this;
    }

    /// <summary>
    /// Turns off the rate limit, for tests that send more requests than one client may (thousands of generated queries),
    /// and for those of what a deployment behind a proxy does without it (a cached answer sent before routing).
    /// </summary>
    public JournalApiFactory WithProtectionsOff() => WithSetting("RateLimit:Enabled", "false");

    /// <summary>Replaces the fake clock with one of a test's own (a subclass that observes the host); only before the host starts.</summary>
    public JournalApiFactory WithClock(FakeTimeProvider clock)
    {
        if (started)
        {
            throw new InvalidOperationException("Change the clock before the first client is created.");
        }

        Clock = clock;
        return this;
    }

    /// <summary>
    /// Changes how the engine loads (the fault-injection hooks of <see cref="LoadOptions"/>: a stage that throws for one
    /// file, a refresh that fails); only before the host starts.
    /// </summary>
    public JournalApiFactory WithLoading(Func<LoadOptions, LoadOptions> adjust)
    {
        if (started)
        {
            throw new InvalidOperationException("Change how content loads before the first client is created.");
        }

        adjustLoading = adjust;
        return this;
    }

    /// <summary>Writes one more file into the content folder before the host starts (a running host follows the folder on its own).</summary>
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
        HttpClient client;
        try
        {
            client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        }
        catch (ObjectDisposedException) when (store?.WaitUntilReadyAsync().IsFaulted == true)
        {
            // The host stopped itself while starting (Content:Strict) and is already disposed: say why, as a running host would.
            await store.WaitUntilReadyAsync();
            throw;
        }

        await (store ?? Services.GetRequiredService<ContentStore>()).WaitUntilReadyAsync().WaitAsync(LoadTimeout);
        return client;
    }

    /// <summary>
    /// Serves on Kestrel at a free port of 127.0.0.1 instead of in memory, for clients outside this process (a browser,
    /// a child process), and returns the address once the content is loaded. Call it instead of creating a client.
    /// </summary>
    public async Task<Uri> StartOnLoopbackAsync()
    {
        // UseKestrel(0) would set the port by changing the server's addresses after the app was built, which races with
        // Kestrel binding them on the app's own thread ("Addresses cannot be modified after the server has started"):
        // the address is given as a setting instead, before anything starts.
        onLoopback = true;
        UseKestrel();
        StartServer();
        await Services.GetRequiredService<ContentStore>().WaitUntilReadyAsync().WaitAsync(LoadTimeout);
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        started = true;
        builder.UseSetting("Content:Path", ContentPath);
        if (onLoopback)
        {
            builder.UseUrls("http://127.0.0.1:0");
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new WarningLog(Warnings)));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            RecordContentOptionsFailures(services);
            if (adjustLoading is { } adjust)
            {
                services.RemoveAll<ContentLibrary>();
                services.AddSingleton(sp =>
                {
                    var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
                    return new ContentLibrary(ContentFolder.Resolve(options, sp.GetRequiredService<IHostEnvironment>()),
                        adjust(sp.GetRequiredService<LoadOptions>()), sp.GetRequiredService<TimeProvider>());
                });
            }

            services.AddHostedService(sp =>
            {
                // Kept as the host starts: a host that stops itself (Content:Strict) is disposed at once and can no longer be asked.
                store = sp.GetRequiredService<ContentStore>();
                return new StoppingSignal(sp.GetRequiredService<IHostApplicationLifetime>(), stopping);
            });
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

    /// <summary>Passes the host's ApplicationStopping on to <see cref="Stopping"/>: a host that stopped itself is disposed and cannot be asked.</summary>
    private sealed class StoppingSignal(IHostApplicationLifetime lifetime, TaskCompletionSource stopping) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Keeps the warnings and errors the host logs, for tests that check what an operator is told.</summary>
    private sealed class WarningLog(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    lines.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
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
