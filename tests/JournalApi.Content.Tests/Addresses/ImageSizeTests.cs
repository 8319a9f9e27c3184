using JournalApi.Content.Addresses;

namespace JournalApi.Content.Tests.Addresses;

/// <summary>Sizes read from image headers, and the bytes that are no image.</summary>
public sealed class ImageSizeTests
{
    [Fact]
    public void WebPLosslessHeaderGivesItsSize()
    {
        // VP8L: signature 0x2F, then 14 bits of width - 1 and 14 bits of height - 1.
        var bits = (uint)(120 - 1) | (uint)(90 - 1) << 14;
        byte[] webp = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8L"u8, 0, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0];

        Assert.Equal((120, 90), ImageSize.Read(webp));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 })]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'<', (byte)'s', (byte)'v', (byte)'g', (byte)'>' })]
    public void BytesThatAreCutShortOrNoImageGiveNoSize(byte[] head)
    {
        Assert.Null(ImageSize.Read(head));
    }

    [Fact]
    public void UnknownPlaceholdersInAPatternAreNamed()
    {
        Assert.Equal(["monthname"], PageUrls.UnknownPlaceholders("/:year/:monthname/:title/"));
        Assert.Empty(PageUrls.UnknownPlaceholders("pretty"));
    }
}
