using Sujuva.Analytics.Readers;

namespace Sujuva.Analytics.Tests.Readers;

public sealed class CsvReaderErrorTests
{
    [Fact]
    public void Read_BadTimestamp_NamesLineAndColumn()
    {
        var e = Assert.Throws<EventLogFormatException>(() =>
            Fixture.Csv("case,activity,timestamp\nA,x,2023-01-01\nA,y,someday\n"));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("someday", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("fixture: line 3, column 3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineNumbers_CountLineBreaksInsideQuotes()
    {
        var e = Assert.Throws<EventLogFormatException>(() =>
            Fixture.Csv("case,activity,timestamp\nA,\"multi\nline\",2023-01-01\nA,y,bad\n"));
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Read_MissingTimestampColumn_ListsTheHeader()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,when\nA,x,2023-01-01\n"));
        Assert.Contains("no timestamp column", e.Message, StringComparison.Ordinal);
        Assert.Contains("case, activity, when", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MappedColumnAbsent_Throws()
    {
        var options = new ReadOptions { Columns = new CsvColumns { Resource = "worker" } };
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,timestamp\nA,x,2023-01-01\n", options));
        Assert.Contains("'worker'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCount_NamesTheLine()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,timestamp\nA,x,2023-01-01\nA,y\n"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_UnclosedQuote_Throws()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,timestamp\nA,\"x,2023-01-01\n"));
        Assert.Contains("never closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_Throws()
    {
        byte[] bytes = [.. "case,activity,timestamp\nA,"u8, 0xC3, 0x28, .. ",2023-01-01\n"u8];
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Read(bytes, EventLogFormat.Csv));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_Utf16WithoutByteOrderMark_Throws()
    {
        var bytes = System.Text.Encoding.Unicode.GetBytes("case,activity,timestamp\nA,x,2023-01-01\n");
        Assert.Throws<EventLogFormatException>(() => Fixture.Read(bytes, EventLogFormat.Csv));
    }

    [Fact]
    public void Read_EmptyFile_Throws() =>
        Assert.Throws<EventLogFormatException>(() => Fixture.Csv(""));

    [Fact]
    public void Read_EmptyCaseId_Throws()
    {
        var e = Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,timestamp\n,x,2023-01-01\n"));
        Assert.Equal(1, e.Column);
    }

    [Fact]
    public void Read_HugeValue_ThrowsInsteadOfGrowing()
    {
        var huge = new string('x', 2 << 20);
        Assert.Throws<EventLogFormatException>(() => Fixture.Csv($"case,activity,timestamp,note\nA,x,2023-01-01,{huge}\n"));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('€')]
    public void Read_UnusableDelimiter_Throws(char delimiter) =>
        Assert.Throws<EventLogFormatException>(() => Fixture.Csv("case,activity,timestamp\nA,x,2023-01-01\n", new ReadOptions { Delimiter = delimiter }));

    [Fact]
    public void Read_MissingFile_ThrowsFormatException() =>
        Assert.Throws<EventLogFormatException>(() => EventLogFiles.Read("/nonexistent/log.csv"));

    [Fact]
    public void FormatOf_UnknownExtension_Throws() =>
        Assert.Throws<EventLogFormatException>(() => EventLogFiles.FormatOf("log.parquet"));
}
