using System.Text.Json;

namespace Sujuva.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public void Analyze_CsvAsJson_WritesTheContract()
    {
        var (exit, output, error) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, json.GetProperty("log").GetProperty("cases").GetInt32());
        Assert.Equal(5, json.GetProperty("log").GetProperty("events").GetInt32());
        Assert.Equal("2024-03-01T08:00:00Z", json.GetProperty("log").GetProperty("firstEvent").GetString());
        string[] sections = ["log", "activities", "startActivities", "endActivities", "directlyFollows", "variants", "caseDurationSeconds"];
        Assert.All(sections, s => Assert.True(json.TryGetProperty(s, out _), s));
        Assert.Equal(1800, json.GetProperty("caseDurationSeconds").GetProperty("min").GetDouble());
    }

    [Fact]
    public void Analyze_CsvColumnsGiven_UsesThem()
    {
        var log = _cli.Write("odd.csv", "who;what;when\nx;A;2024-01-01T00:00:00Z\nx;B;2024-01-01T00:00:10Z");

        var (exit, output, _) = _cli.Run("analyze", log, "--format", "json", "--case", "who", "--activity", "what", "--timestamp", "when");

        Assert.Equal(0, exit);
        var edge = JsonDocument.Parse(output).RootElement.GetProperty("directlyFollows")[0];
        Assert.Equal(10, edge.GetProperty("meanSeconds").GetDouble());
    }

    [Fact]
    public void Analyze_Html_IsOneSelfContainedFileWithSvg()
    {
        var out_ = _cli.PathOf("report.html");

        var (exit, output, _) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--format", "html", "--out", out_);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        var html = File.ReadAllText(out_);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "fi", "Prosessikartta")]
    [InlineData("fi", "fi", "Prosessikartta")]
    [InlineData("sv", "sv", "Processkarta")]
    [InlineData("en", "en", "Process map")]
    public void Analyze_HtmlWithLang_IsInThatLanguageAndFinnishByDefault(string? lang, string expected, string heading)
    {
        var out_ = _cli.PathOf("report.html");
        string[] args = ["analyze", _cli.Write("log.csv", CliRun.Csv), "--format", "html", "--out", out_];

        var (exit, _, _) = _cli.Run(lang is null ? args : [.. args, "--lang", lang]);

        Assert.Equal(0, exit);
        var html = File.ReadAllText(out_);
        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_UnknownLang_IsRefusedNamingTheLanguages()
    {
        var (exit, _, error) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv), "--format", "html", "--lang", "de");

        Assert.NotEqual(0, exit);
        Assert.Contains("'sv'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Text_IsReadable()
    {
        var (exit, output, _) = _cli.Run("analyze", _cli.Write("log.csv", CliRun.Csv));

        Assert.Equal(0, exit);
        Assert.Contains("Cases       2", output, StringComparison.Ordinal);
        Assert.Contains("Register → Assess → Close", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeHelp_DescribesBothModes()
    {
        var (exit, output, _) = _cli.Run("analyze", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--pm4py-compat", output, StringComparison.Ordinal);
        Assert.Contains("exact UTC", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_HeaderOnlyCsv_ReportsAnEmptyLog()
    {
        var (exit, output, _) = _cli.Run("analyze", _cli.Write("empty.csv", "case,activity,timestamp"), "--format", "json");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, json.GetProperty("log").GetProperty("events").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("caseDurationSeconds").ValueKind);
    }

    [Fact]
    public void Analyze_LifecycleXesWithIntervals_HasServiceTimes()
    {
        var xes = _cli.Write("life.xes", """
            <log xes.version="1.0">
              <trace><string key="concept:name" value="c1"/>
                <event><string key="concept:name" value="Assess"/><string key="lifecycle:transition" value="start"/><date key="time:timestamp" value="2024-03-01T08:00:00.000+02:00"/></event>
                <event><string key="concept:name" value="Assess"/><string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="2024-03-01T08:30:00.000+02:00"/></event>
                <event><string key="concept:name" value="Decide"/><string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="2024-03-01T09:00:00.000+02:00"/></event>
              </trace>
            </log>
            """);

        var (_, raw, _) = _cli.Run("analyze", xes, "--format", "json");
        var (exit, paired, _) = _cli.Run("analyze", xes, "--format", "json", "--intervals");

        Assert.Equal(0, exit);
        Assert.Equal(3, JsonDocument.Parse(raw).RootElement.GetProperty("log").GetProperty("events").GetInt32());
        var json = JsonDocument.Parse(paired).RootElement;
        Assert.Equal(2, json.GetProperty("log").GetProperty("events").GetInt32());
        var assess = json.GetProperty("serviceTimeSeconds").EnumerateArray().Single(s => s.GetProperty("activity").GetString() == "Assess");
        Assert.Equal(1800, assess.GetProperty("mean").GetDouble());
        Assert.Equal(1800, json.GetProperty("directlyFollows")[0].GetProperty("meanSeconds").GetDouble());
    }

    public void Dispose() => _cli.Dispose();
}
