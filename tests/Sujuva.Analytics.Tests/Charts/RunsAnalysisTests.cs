using Sujuva.Analytics.Charts;

namespace Sujuva.Analytics.Tests.Charts;

public sealed class RunsAnalysisTests
{
    // METRICS.md §4: n → L_max / C_min, from qicharts2.
    private const string Table = """
        10:6/2  11:6/2  12:7/3  13:7/3  14:7/4  15:7/4  16:7/4  17:7/5  18:7/5  19:7/6
        20:7/6  21:7/6  22:7/7  23:8/7  24:8/8  25:8/8  26:8/8  27:8/9  28:8/9  29:8/10
        30:8/10 31:8/11 32:8/11 33:8/11 34:8/12 35:8/12 36:8/13 37:8/13 38:8/14 39:8/14
        40:8/14 41:8/15 42:8/15 43:8/16 44:8/16 45:8/17 46:9/17 47:9/17 48:9/18 49:9/18
        50:9/19 51:9/19 52:9/20 53:9/20 54:9/21 55:9/21 56:9/21 57:9/22 58:9/22 59:9/23 60:9/23
        """;

    public static TheoryData<int, int, int> CriticalValues()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var cell in Table.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = cell.Split(':', '/');
            data.Add(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory, MemberData(nameof(CriticalValues))]
    public void Limits_UsefulObservations_MatchTheQichartsTable(int n, int longestRunMax, int crossingsMin)
    {
        Assert.Equal(longestRunMax, RunsAnalysis.LongestRunMaxFor(n));
        Assert.Equal(crossingsMin, RunsAnalysis.CrossingsMinFor(n));
    }

    [Fact]
    public void Table_CoversEveryUsefulCountFromTenToSixty() =>
        Assert.Equal(Enumerable.Range(10, 51), Table.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => int.Parse(cell.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Limits_TwentyFourUseful_AreEightAndEight() =>
        Assert.Equal((8, 8), (RunsAnalysis.LongestRunMaxFor(24), RunsAnalysis.CrossingsMinFor(24)));

    [Fact]
    public void Limits_LargeAndTinyN_AreExact()
    {
        Assert.Equal((10, 41), (RunsAnalysis.LongestRunMaxFor(100), RunsAnalysis.CrossingsMinFor(100)));
        Assert.Equal((3, 0), (RunsAnalysis.LongestRunMaxFor(1), RunsAnalysis.CrossingsMinFor(1)));
        Assert.Equal(2_441, RunsAnalysis.CrossingsMinFor(5_000)); // exact, checked with Python's math.comb
    }

    [Fact]
    public void Of_PointOnCentre_NeitherBreaksARunNorCrosses()
    {
        // Signs −, +, (on the line), +, −: kept − + + −.
        var runs = RunsAnalysis.Of([1, 5, 3, 5, 1], centre: 3);

        Assert.Equal((4, 2, 2), (runs.UsefulObservations, runs.LongestRun, runs.Crossings));
    }

    [Fact]
    public void Of_ShiftedSeries_SignalsOnBothRules()
    {
        var runs = RunsAnalysis.Of(Enumerable.Range(1, 20).Select(i => (double)i).ToArray(), centre: 10.5);

        Assert.Equal((20, 10, 1), (runs.UsefulObservations, runs.LongestRun, runs.Crossings));
        Assert.True(runs.LongestRunSignal && runs.CrossingsSignal);
    }

    [Fact]
    public void Of_AlternatingSeries_HasNoSignal()
    {
        var runs = RunsAnalysis.Of(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray(), centre: 0);

        Assert.Equal(19, runs.Crossings);
        Assert.False(runs.Signal);
    }
}
