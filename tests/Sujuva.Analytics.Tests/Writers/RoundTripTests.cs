using CsCheck;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Readers;

namespace Sujuva.Analytics.Tests.Writers;

public sealed class RoundTripTests
{
    private static EventLog Through(EventLog log, EventLogFormat format) => Fixture.Read(Fixture.Write(log, format), format);

    [Fact]
    public void CsvXesCsv_RandomLogs_IsIdentity() =>
        RandomLogs.Log.Sample(log =>
        {
            var csv = Fixture.Write(log, EventLogFormat.Csv);
            var viaXes = Through(Fixture.Read(csv, EventLogFormat.Csv), EventLogFormat.Xes);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(csv), System.Text.Encoding.UTF8.GetString(Fixture.Write(viaXes, EventLogFormat.Csv)));
        }, iter: 300);

    [Fact]
    public void XesCsvXes_RandomLogs_KeepsEveryAttributeAndType() =>
        RandomLogs.Log.Sample(log =>
        {
            var xes = Fixture.Write(log, EventLogFormat.Xes);
            var viaCsv = Through(Fixture.Read(xes, EventLogFormat.Xes), EventLogFormat.Csv);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(xes), System.Text.Encoding.UTF8.GetString(Fixture.Write(viaCsv, EventLogFormat.Xes)));
        }, iter: 300);

    [Fact]
    public void CsvOcelCsv_RandomLogs_IsIdentity() =>
        RandomLogs.Log.Sample(log =>
        {
            var csv = Fixture.Write(log, EventLogFormat.Csv);
            var viaOcel = Through(Fixture.Read(csv, EventLogFormat.Csv), EventLogFormat.OcelJson);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(csv), System.Text.Encoding.UTF8.GetString(Fixture.Write(viaOcel, EventLogFormat.Csv)));
        }, iter: 200);

    [Fact]
    public void Read_WrittenLog_EqualsTheOriginal()
    {
        var log = RandomLogs.Build(42);
        var back = Through(log, EventLogFormat.Xes);
        Assert.Equal(log.CaseIds, back.CaseIds);
        Assert.Equal(log.CaseOffsets, back.CaseOffsets);
        Assert.Equal(log.Timestamp, back.Timestamp);
        Assert.Equal(log.StartTimestamp, back.StartTimestamp);
        Assert.Equal(log.Activity.Select(a => log.Activities[a]), back.Activity.Select(a => back.Activities[a]));
        Assert.Equal(log.Attributes.Event.Keys, back.Attributes.Event.Keys);
        foreach (var (key, values) in log.Attributes.Event) Assert.Equal(values, back.Attributes.Event[key]);
    }

    [Fact]
    public void Write_XesGzFile_ReadsBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sujuva-{Guid.NewGuid():N}.xes.gz");
        try
        {
            var log = RandomLogs.Build(7);
            EventLogFiles.Write(log, path);
            var back = EventLogFiles.Read(path);
            Assert.Equal(log.Timestamp, back.Timestamp);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
