using System.Globalization;
using Bunit;
using Sujuva.Analytics.Improvements;
using Sujuva.Web.Components.Pages.Programmes;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Components.Tests;

/// <summary>
/// The programme figures page's parts: tiles that give every share with its n, and a year of weekly remote shares drawn
/// readably (at most about eight date labels, far enough apart not to overlap) with the mode table beside it.
/// </summary>
public sealed class ProgrammeFiguresTests : ComponentTest
{
    private static readonly DateTime FirstMonday = new(2025, 3, 2, 22, 0, 0, DateTimeKind.Utc);  // Monday 3 March 2025 00:00 in Helsinki

    [Fact]
    public void Tiles_EachShareWithItsCounts_AndDashesWhereNothingCounted()
    {
        var cut = Render<ProgrammeFigureTiles>(p => p
            .Add(c => c.Attendance, new AttendanceFigures(5, 3, 2, 1, 0.6, 0.4, 3, 2 / 3.0))
            .Add(c => c.Clients, new ClientFigures(2, 24.479, 2, 1.5, 1.5)));
        var empty = Render<ProgrammeFigureTiles>(p => p
            .Add(c => c.Attendance, new AttendanceFigures(0, 0, 0, 0, null, null, 0, null))
            .Add(c => c.Clients, new ClientFigures(0, null, 0, null, null)));

        Assert.Equal("Attendance rate60.0 %3 of 5 sessions due", Text(cut, "attendance"));
        Assert.Equal("No-show rate40.0 %2 of 5 sessions due", Text(cut, "no-show"));
        Assert.Equal("Days from enrolment to first session (median)24.5first attended session, n = 2", Text(cut, "first-session"));
        Assert.Equal("Sessions attended per client (median)1.5mean 1.5, n = 2", Text(cut, "sessions-per-client"));
        Assert.Equal("Session CSAT66.7 %n = 3", Text(cut, "session-csat"));
        Assert.Equal("No-show rate–0 of 0 sessions due", Text(empty, "no-show"));
        Assert.DoesNotContain("NaN", empty.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ModeSection_AYearOfWeeks_EightSpacedDateLabels_AndTheModesCapitalised()
    {
        // 52 weeks of six sessions, in person until week 26 and remote from then on: the shift the demo year shows.
        var sessions = Enumerable.Range(0, 52).SelectMany(w => Enumerable.Range(0, 6)
            .Select(s => new YesNo(FirstMonday.AddDays(7 * w + 1).AddHours(s), w >= 26 || s == 0))).ToList();
        var chart = WeeklyShareChart.Of(sessions, FirstMonday, FirstMonday.AddDays(7 * 52));
        var cut = Render<SessionModeSection>(p => p.Add(c => c.RemoteShare, chart).Add(c => c.Modes,
        [
            new ModeFiguresRow(SessionMode.Remote, new AttendanceFigures(170, 150, 20, 3, 150 / 170.0, 20 / 170.0, 40, 0.8)),
            new ModeFiguresRow(SessionMode.InPerson, new AttendanceFigures(130, 100, 30, 2, 100 / 130.0, 30 / 130.0, 30, 0.7)),
        ]));

        var labels = cut.FindAll("svg text.tick").Where(t => t.GetAttribute("text-anchor") == "middle")
            .Select(t => double.Parse(t.GetAttribute("x")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(52, chart!.Points.Count);
        Assert.InRange(labels.Count, 7, 9);
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 70, $"labels at {pair.First} and {pair.Second}"));
        Assert.Equal(["Remote", "In person"], cut.FindAll("tbody tr[data-mode] th").Select(th => th.TextContent));
        Assert.Equal(["170", "88.2 %", "11.8 %", "80.0 % (n = 40)"], cut.Find("tr[data-mode=Remote]").Children.Skip(1).Select(td => td.TextContent));
        Assert.Contains("Non-random variation", cut.Find("[data-chart=remote-chart]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ModeSection_NoSessionsHeld_SaysSoInsteadOfAChart()
    {
        var cut = Render<SessionModeSection>(p => p.Add(c => c.Modes, []).Add(c => c.RemoteShare, null));

        Assert.Empty(cut.FindAll("svg"));
        Assert.Contains("No sessions held in the period.", cut.Markup, StringComparison.Ordinal);
    }

    private static string Text(IRenderedComponent<ProgrammeFigureTiles> cut, string figure) =>
        string.Concat(cut.Find($"[data-figure={figure}]").TextContent.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
}
