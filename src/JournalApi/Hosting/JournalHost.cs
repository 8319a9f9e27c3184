namespace JournalApi.Hosting;

/// <summary>The host's builder with its configuration sources, the same for serving and for the <c>validate</c> verb.</summary>
public static class JournalHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            // appsettings.json sits beside the program (in the build output and the publish folder); the default content
            // root, the working directory, would leave it unread whenever the program is started from anywhere else.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--content"] = "Content:Path" });
        return builder;
    }
}
