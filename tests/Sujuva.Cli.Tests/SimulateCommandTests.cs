using System.Text.Json;

namespace Sujuva.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public void Simulate_SmallNetwork_WritesALogThatAnalyzeReads()
    {
        var path = _cli.PathOf("network.csv");

        var (exit, _, error) = _cli.Run("simulate", path, "--clients", "60", "--months", "3", "--seed", "7");

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(_cli.Run("analyze", path, "--format", "json").Output).RootElement;
        var cases = report.GetProperty("log").GetProperty("cases").GetInt32();
        Assert.True(cases >= 60, $"{cases} cases for 60 clients");
        Assert.Contains($"{cases:N0} cases", error, StringComparison.Ordinal);
        Assert.Contains(report.GetProperty("activities").EnumerateArray(), a => a.GetProperty("name").GetString() == "Work logged");
    }

    [Fact]
    public void Simulate_SameSeed_WritesTheSameLog()
    {
        _cli.Run("simulate", _cli.PathOf("a.csv"), "--clients", "30", "--months", "2", "--seed", "3");
        _cli.Run("simulate", _cli.PathOf("b.csv"), "--clients", "30", "--months", "2", "--seed", "3");

        Assert.Equal(File.ReadAllText(_cli.PathOf("a.csv")), File.ReadAllText(_cli.PathOf("b.csv")));
    }

    [Theory]
    [InlineData("--clients", "0")]
    [InlineData("--start", "1.1.2025")]
    public void Simulate_BadOption_Exit2NamingIt(string option, string value)
    {
        var (exit, _, error) = _cli.Run("simulate", _cli.PathOf("x.csv"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
