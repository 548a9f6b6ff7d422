using Microsoft.Extensions.Time.Testing;
using Sujuva.Analytics.Simulation;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Feedback;

/// <summary>
/// How the feedback and pulse tests start the app: the fixture network plus more people (for pulse groups
/// of five), a clock the test moves (Monday 2 March 2026, 09:00 UTC) and settings of their own.
/// </summary>
public static class FeedbackSetup
{
    /// <param name="database">One the caller keeps, e.g. to reach it with connection settings of its own.</param>
    public static Task<SujuvaApp> StartAsync(string provider, IReadOnlyDictionary<string, string>? settings = null,
        FreshDatabase? database = null)
    {
        // Pulse tests sign in a whole team from one address; the sign-in limit is not what they test.
        var all = new Dictionary<string, string> { ["Security:SignInPermitLimit"] = "10000" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        return SujuvaApp.StartAsync(provider, settings: all, network: Network(), database: database,
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>Employment: coach, lead, admin and w1–w4; rehab: instructor, manager, r1; outreach (county): o1–o3.</summary>
    public static SimulatedNetwork Network()
    {
        var fixture = FixtureNetwork.Create();
        static LocalisedName N(string fi) => new(fi, fi + " (sv)", fi + " (en)");
        return fixture with
        {
            Teams = [.. fixture.Teams, new SimTeam("outreach", "county", N("Etsivä tiimi"))],
            Workers =
            [
                .. fixture.Workers,
                .. Enumerable.Range(1, 4).Select(i => new SimWorker($"w{i}", "employment", "Työ", $"Tekijä{i}", SimRole.Worker)),
                new SimWorker("r1", "rehab", "Riitta", "Ohjaaja", SimRole.Worker),
                new SimWorker("dev", "rehab", "Kehittäjä", "Kaisa", SimRole.Developer),
                .. Enumerable.Range(1, 3).Select(i => new SimWorker($"o{i}", "outreach", "Etsivä", $"Työntekijä{i}", SimRole.Worker)),
            ],
        };
    }
}
