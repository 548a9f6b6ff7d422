using Sujuva.Cli.Commands;

namespace Sujuva.Cli.Tests;

public sealed class ProgressBarTests
{
    [Fact]
    public void Report_Forced_DrawsEachNewPercentOnce()
    {
        using var error = new StringWriter();
        var bar = new ProgressBar(error, forced: true);

        bar.Report(50, 100);
        bar.Report(50, 100);
        bar.Report(100, 100);

        Assert.Equal(2, error.ToString().Count(c => c == '\r'));
        Assert.Contains(" 50%", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SmallFileNotForced_DrawsNothing()
    {
        using var error = new StringWriter();
        var bar = new ProgressBar(error, forced: false);

        bar.Report(5, 10);
        bar.Done();

        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Analyze_WithProgress_WritesTheBarToStderrOnly()
    {
        using var cli = new CliRun();

        var (exit, output, error) = cli.Run("analyze", cli.Write("log.csv", CliRun.Csv), "--format", "json", "--progress");

        Assert.Equal(0, exit);
        Assert.Contains("100%", error, StringComparison.Ordinal);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
    }
}
