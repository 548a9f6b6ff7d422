using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Cli.Tests;

/// <summary>`sujuva convert` on XES with nested attributes: XES keeps them; CSV and OCEL say what they leave out.</summary>
public sealed class ConvertNestedXesTests : IDisposable
{
    private const string Nested = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1849-2016">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <global scope="event"><string key="concept:name" value="__INVALID__"/></global>
          <classifier name="Activity" keys="concept:name"/>
          <string key="source" value="test"><int key="meta:version" value="2"/></string>
          <trace>
            <string key="concept:name" value="c1"/>
            <container key="client"><string key="municipality" value="Espoo"/></container>
            <event>
              <string key="concept:name" value="Register"/>
              <date key="time:timestamp" value="2024-03-01T08:00:00.000+00:00"/>
              <list key="steps"><values><string key="step" value="a"/><string key="step" value="b"/></values></list>
            </event>
          </trace>
        </log>
        """;

    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("out.xes")]
    [InlineData("out.xes.gz")]
    public void Convert_NestedXesToXes_KeepsEveryLevelWithoutNotes(string target)
    {
        var (exit, _, error) = _cli.Run("convert", _cli.Write("in.xes", Nested), _cli.PathOf(target));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var a = EventLogFiles.Read(_cli.PathOf(target)).Attributes;
        Assert.Equal("meta:version", Assert.Single(a.LogChildren["source"].Meta).Key);
        Assert.Equal("Espoo", Assert.Single(a.CaseChildren[(0, "client")].Meta).Value.Text);
        Assert.Equal(["a", "b"], a.EventChildren[(0, "steps")].Values!.Select(n => n.Value.Text));
        Assert.Equal(new XesClassifier("Activity", "concept:name", null), Assert.Single(a.Xes!.Classifiers));
    }

    [Fact]
    public void Convert_XesWrittenAgain_IsTheSameFile()
    {
        _cli.Run("convert", _cli.Write("in.xes", Nested), _cli.PathOf("once.xes"));
        _cli.Run("convert", _cli.PathOf("once.xes"), _cli.PathOf("twice.xes"));

        Assert.Equal(File.ReadAllText(_cli.PathOf("once.xes")), File.ReadAllText(_cli.PathOf("twice.xes")));
    }

    [Theory]
    [InlineData("out.csv", "CSV")]
    [InlineData("out.jsonocel", "OCEL 2.0 JSON")]
    public void Convert_NestedXesToFlatFormat_NotesWhatIsLeftOut(string target, string format)
    {
        var (exit, _, error) = _cli.Run("convert", _cli.Write("in.xes", Nested), _cli.PathOf(target));

        Assert.Equal(0, exit);
        Assert.Contains($"sujuva: note: {format} has no place for log-level attributes: 1 left out", error, StringComparison.Ordinal);
        Assert.Contains("the children of 3 attributes left out", error, StringComparison.Ordinal);
        Assert.Contains("1 extensions, 1 globals, 1 classifiers", error, StringComparison.Ordinal);
        Assert.Contains("steps", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_PlainCsvToCsv_NoNotes() =>
        Assert.Equal("", _cli.Run("convert", _cli.Write("in.csv", CliRun.Csv), _cli.PathOf("out.csv")).Error);

    public void Dispose() => _cli.Dispose();
}
