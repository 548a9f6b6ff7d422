using System.IO.Compression;
using System.Text;
using CsCheck;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Writers;

namespace Sujuva.Analytics.Tests.Readers;

/// <summary>
/// Damaged input of every kind (truncated, flipped bytes, spliced, huge, wrong encoding, random)
/// must end in a complete log or in <see cref="EventLogFormatException"/>, never another exception.
/// </summary>
public sealed class ReaderFuzzTests
{
    [Theory]
    [InlineData(EventLogFormat.Csv)]
    [InlineData(EventLogFormat.Xes)]
    [InlineData(EventLogFormat.XesGz)]
    [InlineData(EventLogFormat.OcelJson)]
    public void Read_DamagedInput_OnlyFormatExceptionEscapes(EventLogFormat format) =>
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var valid = Fixture.Write(RandomLogs.Build(seed), format == EventLogFormat.XesGz ? EventLogFormat.Xes : format);
            var damaged = Damage(valid, random);
            if (format == EventLogFormat.XesGz && random.Next(2) == 0) damaged = Damage(Gzip(valid), random);
            else if (format == EventLogFormat.XesGz) damaged = Gzip(damaged);
            try
            {
                var log = Fixture.Read(damaged, format);
                Assert.Equal(log.EventCount, log.CaseOffsets[^1]);
            }
            catch (EventLogFormatException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }, iter: 250);

    private static byte[] Damage(byte[] bytes, Random random)
    {
        var b = bytes.ToList();
        switch (random.Next(8))
        {
            case 0: return [.. b.Take(random.Next(b.Count))];
            case 1:
                for (var k = random.Next(1, 6); k > 0; k--) b[random.Next(b.Count)] = (byte)random.Next(256);
                return [.. b];
            case 2:
                var at = random.Next(b.Count);
                b.InsertRange(at, b.Skip(random.Next(b.Count)).Take(random.Next(1, 200)).ToList());
                return [.. b];
            case 3: return Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes));
            case 4:
                var junk = new byte[random.Next(1, 4096)];
                random.NextBytes(junk);
                return junk;
            case 5:
                b.InsertRange(random.Next(b.Count), Enumerable.Repeat((byte)'"', random.Next(1, 4)));
                return [.. b];
            case 6:
                b.InsertRange(random.Next(b.Count), [0xC3, 0x28, 0xFF, 0x00]);
                return [.. b];
            default:
                b.RemoveRange(random.Next(b.Count / 2), random.Next(1, Math.Max(2, b.Count / 4)));
                return [.. b];
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return packed.ToArray();
    }
}
