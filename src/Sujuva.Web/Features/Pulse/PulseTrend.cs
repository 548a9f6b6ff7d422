using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Pulse;

/// <summary>A group's month in the trend: its answers and mean job satisfaction; absent when it was not a group that month.</summary>
public sealed record PulseTrendCell(int Answers, double Mean);

/// <summary>A group (a team, or small teams pooled) across the months, by its kind and name.</summary>
public sealed record PulseTrendRow(PulseGroupKind Kind, string? Name, List<PulseTrendCell?> Months);

/// <summary>The trend ending on a month: the months (yyyy-MM, oldest first) and the groups of the last one.</summary>
public sealed record PulseTrendView(List<string> Months, List<PulseTrendRow> Rows);

/// <summary>
/// The pulse month by month: each month's groups are formed as that month's results form them (PulseGroups,
/// never below k answers), so a month where a team had fewer answers shows it only inside its pool.
/// </summary>
public static class PulseTrend
{
    public const int Months = 6;

    public static async Task<PulseTrendView> LoadAsync(SujuvaDb db, CurrentUser user, int year, int month, TeamId? team, CancellationToken ct)
    {
        var last = new DateOnly(year, month, 1);
        var months = Enumerable.Range(0, Months).Select(i => last.AddMonths(i + 1 - Months)).ToList();
        var byMonth = new List<List<PulseGroup>>();
        foreach (var m in months) byMonth.Add(await PulseResults.ShownGroupsAsync(db, user, m.Year, m.Month, team, ct));
        var rows = byMonth.SelectMany(g => g).Select(g => (g.Kind, g.Name)).Distinct()
            .OrderBy(k => k.Kind).ThenBy(k => k.Name, StringComparer.CurrentCulture)
            .Select(k => new PulseTrendRow(k.Kind, k.Name, [.. byMonth.Select(groups =>
                groups.FirstOrDefault(g => g.Kind == k.Kind && g.Name == k.Name) is { } g
                    ? new PulseTrendCell(g.Answers.Count, g.Answers.Average(a => a.JobSatisfaction)) : null)]));
        return new PulseTrendView([.. months.Select(m => $"{m.Year:0000}-{m.Month:00}")], [.. rows]);
    }
}
