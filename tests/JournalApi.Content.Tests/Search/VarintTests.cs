using CsCheck;
using JournalApi.Content.Search.Indexing;

namespace JournalApi.Content.Tests.Search;

/// <summary>Positions are stored as variable-length gaps; every reader of them goes through <see cref="Varint.Read"/>.</summary>
public sealed class VarintTests
{
    [Fact]
    public void ReadGivesBackEveryWrittenValueInOrderAndStopsWhereTheWriterDid()
    {
        Gen.Int[0, int.MaxValue].Array[1, 40].Sample(values =>
        {
            var buffer = new byte[values.Sum(Varint.Size)];
            var written = 0;
            foreach (var value in values)
            {
                written = Varint.Write(buffer, written, value);
            }

            Assert.Equal(buffer.Length, written);
            var offset = 0;
            foreach (var value in values)
            {
                var start = offset;
                Assert.Equal(value, Varint.Read(buffer, ref offset));
                Assert.Equal(Varint.Size(value), offset - start);
            }
        });
    }

    [Theory]
    [InlineData(0, new byte[] { 0x00 })]
    [InlineData(127, new byte[] { 0x7F })]
    [InlineData(128, new byte[] { 0x80, 0x01 })]
    [InlineData(300, new byte[] { 0xAC, 0x02 })]
    [InlineData(int.MaxValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 })]
    public void ValuesAreSevenBitGroupsLowestFirstWithTheHighBitMarkingMore(int value, byte[] bytes)
    {
        var buffer = new byte[bytes.Length];
        Varint.Write(buffer, 0, value);
        Assert.Equal(bytes, buffer);
        var offset = 0;
        Assert.Equal(value, Varint.Read(bytes, ref offset));
        Assert.Equal(bytes.Length, offset);
    }
}
