namespace Sujuva.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public void Analyze_BadTimestamp_Exit2WithFileLineAndColumn()
    {
        var log = _cli.Write("bad.csv", "case,activity,timestamp\nc1,A,2024-03-01T08:00:00Z\nc1,B,not a time");

        var (exit, output, error) = _cli.Run("analyze", log, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("sujuva: bad.csv: line 3, column 3", line, StringComparison.Ordinal);
    }

    /// <summary>Issue 12: an OCEL refusal names where, as a JSON path, as CSV and XES refusals name line and column.</summary>
    [Theory]
    [InlineData("""{"type":"A","time":"2024-03-01T08:00:00Z","relationships":[{"objectId":"c1","qualifier":""}]}, {"type":"B","time":"not a time"}""", "$.events[1].time")]
    [InlineData("""{"time":"2024-03-01T08:00:00Z"}""", "$.events[0].type")]
    [InlineData("""{"type":"A","time":"2024-03-01T08:00:00Z","relationships":[{"qualifier":""}]}""", "$.events[0].relationships[0].objectId")]
    [InlineData("""{"type":"A","time":"2024-03-01T08:00:00Z","attributes":[{"name":"start_timestamp","value":"soon"}]}""", "$.events[0].attributes[0].value")]
    public void Analyze_BadOcelEntry_Exit2WithFileAndJsonPath(string events, string path)
    {
        var log = _cli.Write("bad.jsonocel", $$"""{"objects":[{"id":"c1","type":"case"}],"events":[{{events}}]}""");

        var (exit, output, error) = _cli.Run("analyze", log, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"sujuva: bad.jsonocel: at {path}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingFile_Exit2WithoutStackTrace()
    {
        var (exit, _, error) = _cli.Run("analyze", _cli.PathOf("absent.xes"));

        Assert.Equal(2, exit);
        Assert.StartsWith("sujuva: absent.xes: ", error, StringComparison.Ordinal);
        Assert.Contains("Could not find file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnknownFormat_Exit2()
    {
        var (exit, _, error) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--format", "pdf");

        Assert.Equal(2, exit);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NegativeTopVariants_Exit2()
    {
        var (exit, _, _) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--top-variants", "-1");

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Analyze_UnwritableOut_Exit2()
    {
        var (exit, _, error) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--out", _cli.PathOf("no/such/dir/r.json"));

        Assert.Equal(2, exit);
        Assert.Contains("r.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sujuva_NoCommand_Exit2()
    {
        var (exit, _, error) = _cli.Run();

        Assert.Equal(2, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
