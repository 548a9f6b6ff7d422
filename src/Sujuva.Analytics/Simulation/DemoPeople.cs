using System.Globalization;
using System.Text;

namespace Sujuva.Analytics.Simulation;

/// <summary>Invented people: common Finnish first and last names combined at random, never a real person's data.</summary>
internal static class DemoPeople
{
    private static readonly string[] FirstNames =
    [
        "Anna", "Mikko", "Laura", "Juha", "Sari", "Timo", "Elina", "Jari", "Kaisa", "Antti", "Hanna", "Pekka",
        "Riikka", "Ville", "Tiina", "Janne", "Noora", "Markku", "Aino", "Olli", "Satu", "Heikki", "Emilia", "Tuomas",
        "Päivi", "Lauri", "Minna", "Eetu", "Johanna", "Sami", "Katja", "Aleksi", "Maija", "Jussi", "Veera", "Eero",
    ];

    private static readonly string[] LastNames =
    [
        "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Salonen",
        "Turunen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
        "Hyvönen", "Pitkänen", "Kettunen", "Räsänen", "Leinonen", "Miettinen", "Partanen", "Hirvonen", "Peltonen",
    ];

    private static readonly string[] Municipalities = ["Kuusijärvi", "Vaaramaa"];

    public static List<SimWorker> Workers(SimRandom random, int scale)
    {
        var workers = new List<SimWorker>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (team, count) in DemoOrganisations.Teams)
        {
            if (team.Key == DemoOrganisations.DevelopmentTeam)
            {
                workers.Add(Person(random, used, team.Key, SimRole.Manager));
                workers.Add(Person(random, used, team.Key, SimRole.Developer));
                workers.Add(Person(random, used, team.Key, SimRole.Administrator));
                continue;
            }

            workers.Add(Person(random, used, team.Key, SimRole.TeamLead));
            for (var i = 0; i < count * scale; i++) workers.Add(Person(random, used, team.Key, SimRole.Worker));
        }

        return workers;
    }

    public static SimClient Client(SimRandom random, int key, DateTime startUtc)
    {
        var age = 18 + random.Next(45);
        var birth = DateOnly.FromDateTime(startUtc).AddYears(-age).AddDays(-random.Next(365));
        return new SimClient(key, random.Pick(FirstNames), random.Pick(LastNames), birth, random.Pick(Municipalities));
    }

    private static SimWorker Person(SimRandom random, HashSet<string> used, string team, SimRole role)
    {
        var first = random.Pick(FirstNames);
        var last = random.Pick(LastNames);
        var stem = Ascii(first) + "." + Ascii(last);
        var key = stem;
        for (var n = 2; !used.Add(key); n++) key = stem + n.ToString(CultureInfo.InvariantCulture);
        return new SimWorker(key, team, first, last, role);
    }

    /// <summary>E-mail local part: lower case, ä → a, ö → o, å → a.</summary>
    private static string Ascii(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
            text.Append(c switch { 'ä' or 'å' => 'a', 'ö' => 'o', _ => c });
        return text.ToString();
    }
}
