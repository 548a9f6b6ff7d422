namespace Sujuva.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("log.xes")]
    [InlineData("log.xes.gz")]
    [InlineData("log.jsonocel")]
    public void Convert_CsvThroughFormatAndBack_KeepsEveryFigure(string via)
    {
        var csv = _cli.Write("log.csv", CliRun.Csv);
        var before = _cli.Run("analyze", csv, "--format", "json").Output;

        Assert.Equal(0, _cli.Run("convert", csv, _cli.PathOf(via)).Exit);
        Assert.Equal(0, _cli.Run("convert", _cli.PathOf(via), _cli.PathOf("back.csv")).Exit);

        Assert.Equal(before, _cli.Run("analyze", _cli.PathOf(via), "--format", "json").Output);
        Assert.Equal(before, _cli.Run("analyze", _cli.PathOf("back.csv"), "--format", "json").Output);
    }

    [Fact]
    public void Convert_UnknownTarget_Exit2()
    {
        var (exit, _, error) = _cli.Run("convert", _cli.Write("log.csv", CliRun.Csv), _cli.PathOf("log.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains("unknown file type", error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
