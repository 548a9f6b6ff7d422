using Sujuva.Analytics.Simulation;

namespace Sujuva.IntegrationTests.Infrastructure;

/// <summary>
/// A small, fixed network for API tests, written through the demo seeder: two organisations, one team
/// and one service each. Coaching's "Coaching" stage has a WIP limit of 2 and starts full.
/// </summary>
public static class FixtureNetwork
{
    public const string Password = "Fixture-pass-1!";
    public const string Coach = "coach";
    public const string Lead = "lead";
    public const string Instructor = "instructor";
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string CoachingService = "Valmennus";
    public const string RehabService = "Kuntouttava työtoiminta";

    public static readonly DateTime Start = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    public static string Email(string workerKey) => $"{workerKey}@demo.sujuva.fi";

    public static SimulatedNetwork Create()
    {
        static LocalisedName N(string fi) => new(fi, fi + " (sv)", fi + " (en)");
        SimStage[] coaching =
        [
            new("intake", N("Vastaanotto"), SimStageKind.Waiting, null),
            new("coaching", N("Valmennus"), SimStageKind.Working, 2),
            new("followup", N("Seuranta"), SimStageKind.Waiting, null),
        ];
        SimStage[] rehab =
        [
            new("queue", N("Jono"), SimStageKind.Waiting, null),
            new("assessment", N("Arviointi"), SimStageKind.Working, 1),
            new("activity", N("Työtoiminta"), SimStageKind.Working, null),
        ];
        return new SimulatedNetwork(
            "Testiverkosto",
            [new("city", N("Kaupungin työllisyyspalvelut")), new("county", N("Hyvinvointialue"))],
            [new("employment", "city", N("Työllisyystiimi")), new("rehab", "county", N("Kuntoutustiimi"))],
            [
                new("coaching", "city", "employment", N(CoachingService), coaching),
                new("rehab", "county", "rehab", N(RehabService), rehab),
            ],
            [
                new(Coach, "employment", "Aino", "Valmentaja", SimRole.Worker),
                new(Lead, "employment", "Eero", "Esihenkilö", SimRole.TeamLead),
                new(Instructor, "rehab", "Iida", "Ohjaaja", SimRole.Worker),
                new(Admin, "employment", "Antti", "Ylläpitäjä", SimRole.Administrator),
                new(Manager, "rehab", "Maija", "Johtaja", SimRole.Manager),
            ],
            [
                new(1, "Ville", "Virtanen", new DateOnly(1990, 3, 1), "Joensuu"),
                new(2, "Liisa", "Korhonen", new DateOnly(1985, 7, 9), "Joensuu"),
                new(3, "Pekka", "Mäkinen", new DateOnly(2001, 12, 24), "Outokumpu"),
            ],
            [
                new OpenCase(Start, Coach, 1, 1, "coaching", "intake"),
                new OpenCase(Start.AddHours(1), Coach, 2, 2, "coaching", "coaching"),
                new OpenCase(Start.AddHours(2), Coach, 3, 3, "coaching", "coaching"),
            ]);
    }
}
