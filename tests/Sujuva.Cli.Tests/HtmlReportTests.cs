using System.Text.RegularExpressions;
using Sujuva.Cli.Reports;

namespace Sujuva.Cli.Tests;

public sealed partial class HtmlReportTests
{
    private static string Render(string language = "en")
    {
        using var writer = new StringWriter();
        HtmlReport.Write(writer, ReportLogs.Small(withStart: true), "small.csv", 20, ReportTexts.For(language));
        return writer.ToString();
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void Write_FinnishOrSwedish_HasNoEnglishText(string language)
    {
        var html = Render(language);
        var texts = ReportTexts.For(language);

        // Every English text that reads differently in the language, as a whole phrase anywhere in the page.
        var english = ReportTexts.AllEnglish
            .Where(e => e.Trim().Length >= 3 && texts[e] != e)
            .Where(e => Regex.IsMatch(html, $@"(?<!\p{{L}}){Regex.Escape(e.Trim())}(?!\p{{L}})"))
            .ToList();

        Assert.Empty(english);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Finnish_WritesFinnishWordsNumbersAndDays()
    {
        var html = Render("fi");

        Assert.Contains("<h2>Prosessikartta</h2>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Asiakkuuksien kestojen histogrammi\"", html, StringComparison.Ordinal);
        Assert.Contains("33,3 %", html, StringComparison.Ordinal);  // decimal comma
        Assert.Contains(" pv</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_English_IsTheEnglishReport()
    {
        var html = Render("en");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Process map</h2>", html, StringComparison.Ordinal);
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
