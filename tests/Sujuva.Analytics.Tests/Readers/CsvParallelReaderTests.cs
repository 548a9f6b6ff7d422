using System.Text;
using Sujuva.Analytics.Readers;
using Sujuva.Analytics.Tests.Writers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class CsvParallelReaderTests
{
    private static string Temp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sujuva-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_TwoHalves_SameLogAsOneThread(int seed)
    {
        var csv = Encoding.UTF8.GetString(Fixture.Write(RandomLogs.Build(seed), EventLogFormat.Csv));
        var path = Temp(csv);
        try
        {
            var halves = CsvParallelReader.Read(path, "fixture", ReadOptions.Default, minBytes: 0);
            Assert.Equal(csv, Encoding.UTF8.GetString(Fixture.Write(halves, EventLogFormat.Csv)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_OneThreadAsked_SameLog()
    {
        var csv = Encoding.UTF8.GetString(Fixture.Write(RandomLogs.Build(9), EventLogFormat.Csv));
        var path = Temp(csv);
        try
        {
            var log = CsvParallelReader.Read(path, "fixture", new ReadOptions { TwoThreads = false }, minBytes: 0);
            Assert.Equal(csv, Encoding.UTF8.GetString(Fixture.Write(log, EventLogFormat.Csv)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_SplitInsideQuotedField_FallsBackToOneThread()
    {
        // The middle of the file is inside a quoted multi-line note.
        var note = string.Join('\n', Enumerable.Repeat("line", 50));
        var path = Temp($"case,activity,timestamp,note\nA,x,2023-01-01,\"{note}\"\nB,y,2023-01-02,\n");
        try
        {
            var log = CsvParallelReader.Read(path, "fixture", ReadOptions.Default, minBytes: 0);
            Assert.Equal(["A", "B"], log.CaseIds);
            Assert.Equal(note, log.Attributes.Event["note"][0]!.Value.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_ErrorInSecondHalf_NamesTheLineInTheFile()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"C{i},x,2023-01-01\n"));
        var path = Temp("case,activity,timestamp\n" + rows + "C,y,not a time\n");
        try
        {
            var e = Assert.Throws<EventLogFormatException>(() => CsvParallelReader.Read(path, "fixture", ReadOptions.Default, minBytes: 0));
            Assert.Equal(102, e.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_WithProgress_ReportsTheWholeFile()
    {
        var path = Temp(Encoding.UTF8.GetString(Fixture.Write(RandomLogs.Build(5), EventLogFormat.Csv)));
        try
        {
            var last = (Read: 0L, Total: 0L);
            EventLogFiles.Read(path, new ReadOptions { Progress = (read, total) => last = (read, total) });
            Assert.Equal(new FileInfo(path).Length, last.Total);
            Assert.Equal(last.Total, last.Read);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
