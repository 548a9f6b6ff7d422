using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Writers;

namespace Sujuva.Conformance.Tests;

/// <summary>
/// Every XES log of the shared folder, read in the default mode, written as XES and read again, gives
/// the same cases, events, timestamps (UTC instant and the offset as written) and attribute trees.
/// </summary>
public sealed class XesRoundTripConformanceTests
{
    public static TheoryData<string> XesLogs() =>
        [.. Directory.EnumerateFiles(EventLogsFolder.Path)
            .Select(f => Path.GetFileName(f))
            .Where(f => f.EndsWith(".xes", StringComparison.Ordinal) || f.EndsWith(".xes.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(XesLogs))]
    public void ReadWriteRead_SharedXesLog_GivesTheSameLog(string file)
    {
        var log = EventLogFiles.Read(EventLogsFolder.Log(file));
        var written = Path.Combine(Path.GetTempPath(), $"sujuva-roundtrip-{Guid.NewGuid():N}.xes");
        try
        {
            EventLogFiles.Write(log, written);
            var back = EventLogFiles.Read(written);
            Assert.Equal(log.EventCount, back.EventCount);
            Assert.Equal(log.CaseIds, back.CaseIds);
            Assert.Equal(log.Timestamp, back.Timestamp);
            Assert.Equal(log.StartTimestamp, back.StartTimestamp);
            Assert.Equal(Codes(log.TimestampOffsets, log.EventCount), Codes(back.TimestampOffsets, back.EventCount));
            Assert.Equal(log.Attributes.Event.Keys, back.Attributes.Event.Keys);
            Assert.Equal(log.Attributes.Case.Keys, back.Attributes.Case.Keys);
            var chunk = 0;
            foreach (var (expected, actual) in AttributeTrees.Chunks(log).Zip(AttributeTrees.Chunks(back)))
            {
                // One piece per case (the first holds the log's own attributes and header), so a failure names one case.
                Assert.True(expected == actual, $"{file}, piece {chunk}:\n{expected}\nread back as\n{actual}");
                chunk++;
            }
            Assert.Equal(log.CaseCount + 1, chunk);
        }
        finally
        {
            File.Delete(written);
        }
    }

    // Offsets the source did not write (Unrecorded) are written +00:00 and read back as that.
    private static ushort[] Codes(ushort[]? codes, int count)
    {
        var utc = new TimestampOffset(0, OffsetStyle.HoursMinutes).Code;
        return codes is null ? [.. Enumerable.Repeat(utc, count)] : [.. codes.Select(c => c == 0 ? utc : c)];
    }
}
