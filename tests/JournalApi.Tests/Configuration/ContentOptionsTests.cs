using Microsoft.Extensions.Options;

namespace JournalApi.Tests.Configuration;

/// <summary>Options are validated at start-up with a message that names the wrong setting.</summary>
public sealed class ContentOptionsTests
{
    [Fact]
    public void AMissingContentFolderStopsStartUpNamingContentPath()
    {
        using var factory = JournalApiFactory.OverMissingFolder();

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Content:Path", failure.Message, StringComparison.Ordinal);
        Assert.Contains(factory.ContentPath, failure.Message, StringComparison.Ordinal);
    }
}
