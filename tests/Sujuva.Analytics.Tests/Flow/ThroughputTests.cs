using Sujuva.Analytics.Flow;
using static Sujuva.Analytics.Tests.Flow.Cases;

namespace Sujuva.Analytics.Tests.Flow;

public sealed class ThroughputTests
{
    private static readonly DateOnly Monday = new(2025, 1, 6);

    [Fact]
    public void ClosedPerDay_Window_IncludesZeroDays()
    {
        var cases = new[] { Simple("a", 0, 0.1), Simple("b", 0, 2.2), Simple("c", 0, 2.3), Simple("open", 0, null) };

        var days = Throughput.ClosedPerDay(cases, Monday, Monday.AddDays(3));

        Assert.Equal([1, 0, 2, 0], days.Select(d => d.Count));
        Assert.Equal(Monday.AddDays(3), days[^1].Day);
    }

    [Fact]
    public void ClosedPerDay_LateUtcEvening_CountsOnTheHelsinkiDay()
    {
        // 08:00 + 14.5 h = 22:30 UTC on Monday = 00:30 Tuesday in Helsinki.
        var days = Throughput.ClosedPerDay([Simple("a", 0, 14.5 / 24)], Monday, Monday.AddDays(1));

        Assert.Equal([0, 1], days.Select(d => d.Count));
    }

    [Fact]
    public void StartsPerDay_CountsFirstWorkingEntries()
    {
        var cases = new[] { Simple("a", 0, 5, 1), Simple("b", 0, null, 1.1), Simple("c", 0, null) };

        var days = Throughput.StartsPerDay(cases, Monday, Monday.AddDays(2));

        Assert.Equal([0, 2, 0], days.Select(d => d.Count));
    }

    [Fact]
    public void PerIsoWeek_AroundNewYear_UsesIsoWeeks()
    {
        // Sunday 29 Dec 2024 is in ISO week 2024-W52; Monday 30 Dec 2024 opens 2025-W01.
        DailyCount[] days = [new(new DateOnly(2024, 12, 29), 2), new(new DateOnly(2024, 12, 30), 3), new(new DateOnly(2025, 1, 5), 1), new(new DateOnly(2025, 1, 6), 4)];

        var weeks = Throughput.PerIsoWeek(days);

        Assert.Equal([new(2024, 52, 2), new(2025, 1, 4), new(2025, 2, 4)], weeks);
    }
}
