using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sujuva.Cli.Reports;

namespace Sujuva.Cli.Tests;

/// <summary>Issue 14: the HTML report's process map fits its frame; nothing drawn lies outside the svg's viewBox.</summary>
public sealed partial class ProcessMapFrameTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fi")]
    public void Render_LoopsBackFromDeepLayers_ContentInsideViewBox(string language)
    {
        var svg = XElement.Parse(ProcessMapSvg.Render(ReportLogs.LongLoops(), ReportTexts.For(language)));
        var box = svg.Attribute("viewBox")!.Value.Split(' ').Select(Number).ToArray();
        var (left, top, right, bottom) = (box[0], box[1], box[0] + box[2], box[1] + box[3]);
        Assert.Equal(box[2], Number(svg.Attribute("width")!.Value));  // drawn at scale 1: 12 px text stays 12 px

        var points = new List<(double X, double Y, string What)>();
        foreach (var path in svg.Descendants().Where(e => e.Name.LocalName == "path" && e.Parent?.Name.LocalName != "marker"))
        {
            var numbers = Numbers().Matches(path.Attribute("d")!.Value).Select(m => Number(m.Value)).ToArray();
            for (var i = 0; i + 1 < numbers.Length; i += 2) points.Add((numbers[i], numbers[i + 1], "path " + path.Attribute("d")!.Value));
        }
        foreach (var rect in svg.Descendants().Where(e => e.Name.LocalName == "rect"))
        {
            double x = Number(rect.Attribute("x")!.Value), y = Number(rect.Attribute("y")!.Value);
            points.Add((x, y, "box"));
            points.Add((x + Number(rect.Attribute("width")!.Value), y + Number(rect.Attribute("height")!.Value), "box"));
        }
        foreach (var text in svg.Descendants().Where(e => e.Name.LocalName == "text"))
        {
            // Text is centred (text-anchor: middle) at 12 px: half its estimated width either side, one em above the baseline.
            double x = Number(text.Attribute("x")!.Value), y = Number(text.Attribute("y")!.Value);
            var half = text.Value.Length * 0.62 * 12 / 2;
            points.Add((x - half, y - 12, "text " + text.Value));
            points.Add((x + half, y + 4, "text " + text.Value));
        }

        Assert.Contains(points, p => p.What.StartsWith("text ", StringComparison.Ordinal));
        var outside = points.Where(p => p.X < left || p.X > right || p.Y < top || p.Y > bottom).ToList();
        Assert.True(outside.Count == 0, $"Outside {left} {top} {right} {bottom}: " + string.Join("; ", outside.Take(5)));
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
