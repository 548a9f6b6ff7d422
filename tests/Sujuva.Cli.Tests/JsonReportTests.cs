using System.Text.Json;
using Sujuva.Cli.Reports;

namespace Sujuva.Cli.Tests;

public sealed class JsonReportTests
{
    private static JsonElement Render(bool withStart = false, int top = 20)
    {
        using var stream = new MemoryStream();
        JsonReport.Write(stream, ReportLogs.Small(withStart), top);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Write_SmallLog_HasTheContractFields()
    {
        var json = Render();

        var log = json.GetProperty("log");
        Assert.Equal(3, log.GetProperty("cases").GetInt32());
        Assert.Equal(9, log.GetProperty("events").GetInt32());
        Assert.Equal(3, log.GetProperty("activities").GetInt32());
        Assert.Equal("2024-03-01T08:00:00Z", log.GetProperty("firstEvent").GetString());
        Assert.Equal("2024-03-01T10:30:00Z", log.GetProperty("lastEvent").GetString());
        Assert.Equal("Assess", json.GetProperty("activities")[0].GetProperty("name").GetString());
        Assert.Equal(3, json.GetProperty("startActivities")[0].GetProperty("cases").GetInt32());
        Assert.Equal("Close", json.GetProperty("endActivities")[0].GetProperty("name").GetString());
        Assert.Equal(3, json.GetProperty("caseDurationSeconds").GetProperty("count").GetInt32());
        Assert.False(json.TryGetProperty("serviceTimeSeconds", out _));
    }

    [Fact]
    public void Write_SmallLog_EdgesCarryEveryAggregate()
    {
        var edge = Render().GetProperty("directlyFollows")[0];

        string[] names = ["from", "to", "count", "meanSeconds", "medianSeconds", "minSeconds", "maxSeconds", "sumSeconds", "stdevSeconds"];
        Assert.Equal(names, edge.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Write_EdgeSeenOnce_StdevIsNull()
    {
        var edges = Render().GetProperty("directlyFollows").EnumerateArray();

        var once = edges.Single(e => e.GetProperty("from").GetString() == "Assess" && e.GetProperty("to").GetString() == "Assess");
        Assert.Equal(JsonValueKind.Null, once.GetProperty("stdevSeconds").ValueKind);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20, 3)]
    [InlineData(0, 0)]
    public void Write_TopVariants_ListsAtMostN(int top, int listed)
    {
        var variants = Render(top: top).GetProperty("variants");

        Assert.Equal(3, variants.GetProperty("total").GetInt32());
        Assert.Equal(listed, variants.GetProperty("top").GetArrayLength());
    }

    [Fact]
    public void Write_LogWithStartTimes_HasServiceTimes()
    {
        var service = Render(withStart: true).GetProperty("serviceTimeSeconds");

        Assert.All(service.EnumerateArray(), s => Assert.Equal(60, s.GetProperty("mean").GetDouble()));
    }
}
