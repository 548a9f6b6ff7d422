using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Pulse;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// A year of weekly staff pulse answers, stored as AnswerPulse stores them: team, ISO week and scores,
/// never who answered. Past weeks need no receipts (they are kept only for the current week), and the
/// current week is left empty so that demo users can answer it themselves.
/// </summary>
public static class DemoPulse
{
    private static readonly string[] Comments =
    [
        "Hyvä tiimihenki tällä viikolla.", "Liikaa palavereja.", "Asiakasmäärä kasvoi, kiirettä riitti.",
        "Sijaisjärjestelyt toimivat hyvin.", "Mukava viikko.", "Tarvitsisimme lisää aikaa kirjaamiseen.",
    ];

    public static List<PulseAnswer> Answers(SimulatedNetwork network, Func<string, TeamId> teamIdOf, int seed,
        DateTime startUtc, DateTime endUtc, DateTime improvementUtc)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(teamIdOf);
        var random = new Random(unchecked(seed * 31 + 13));
        var answers = new List<PulseAnswer>();
        var current = PulseWeek.Of(endUtc);
        var rehabilitative = network.Services.FirstOrDefault(s => s.Key == DemoServices.RehabilitativeWorkActivity)?.TeamKey;
        foreach (var team in network.Workers.GroupBy(w => w.TeamKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var id = teamIdOf(team.Key);
            var mood = 3.5 + random.NextDouble() * 0.7;
            var members = team.Count();
            var week = PulseWeek.Of(startUtc);
            for (var day = startUtc; week != current; day = day.AddDays(7), week = PulseWeek.Of(day))
            {
                // Fewer answer in the summer holidays (July) and over Christmas.
                var share = day.Month == 7 || (day.Month == 12 && day.Day > 20) ? 0.35 : 0.75;
                // The rehabilitative team's load eases with its queue (SimulationOptions.ImprovementMonth).
                var strain = team.Key == rehabilitative && day < improvementUtc ? -0.8 : 0.0;
                for (var m = 0; m < members; m++)
                {
                    if (random.NextDouble() >= share) continue;
                    var satisfaction = Score(mood + strain / 2 + Noise(random));
                    int? workload = random.NextDouble() < 0.85 ? Score(mood - 0.4 + strain + Noise(random)) : null;
                    var comment = random.NextDouble() < 0.04 ? Comments[random.Next(Comments.Length)] : null;
                    answers.Add(PulseAnswer.Of(id, week, satisfaction, workload, comment));
                }
            }
        }
        return answers;
    }

    /// <summary>Roughly normal, standard deviation about 0.7 (sum of three uniforms).</summary>
    private static double Noise(Random random) => (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 1.4;

    private static int Score(double value) => Math.Clamp((int)Math.Round(value), 1, 5);
}
