using System.Text.RegularExpressions;
using Sujuva.Cli.Reports;

namespace Sujuva.Cli.Tests;

public sealed partial class HtmlReportTests
{
    private static string Render()
    {
        using var writer = new StringWriter();
        HtmlReport.Write(writer, ReportLogs.Small(withStart: true), "small.csv", 20);
        return writer.ToString();
    }

    [Fact]
    public void Write_SmallLog_IsSelfContained()
    {
        var html = Render();

        Assert.DoesNotMatch(Url(), html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_SmallLog_DrawsMapAndHistogram()
    {
        var html = Render();

        Assert.Contains("aria-label=\"Process map\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Case duration histogram\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<svg"));
    }

    [Fact]
    public void Write_ActivityNames_AreEscaped()
    {
        var html = Render();

        Assert.Contains("Register &lt;client&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<client>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("https?://", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
