namespace Sujuva.Analytics.Simulation;

/// <summary>
/// The fictional Järvi-Vaara network, modelled on the seed cases: two municipalities' employment
/// services, the wellbeing services county, a rehabilitative work activity unit and a training centre.
/// </summary>
public static class DemoOrganisations
{
    public const string NetworkName = "Järvi-Vaaran työllisyysverkosto";

    public const string Kuusijarvi = "kuusijarvi";
    public const string Vaaramaa = "vaaramaa";
    public const string WellbeingCounty = "jarvi-vaaran-hyvinvointialue";
    public const string Kipina = "tyopaja-kipina";
    public const string TrainingCentre = "vaaran-koulutuskeskus";

    /// <summary>The network's manager, Lean coach and administrator belong here.</summary>
    public const string DevelopmentTeam = "kj-kehittaminen";

    public static IReadOnlyList<SimOrganisation> All { get; } =
    [
        new(Kuusijarvi, new("Kuusijärven kaupunki", "Kuusijärvi stad", "City of Kuusijärvi")),
        new(Vaaramaa, new("Vaaramaan kunta", "Vaaramaa kommun", "Municipality of Vaaramaa")),
        new(WellbeingCounty, new(
            "Järvi-Vaaran hyvinvointialue", "Järvi-Vaara välfärdsområde", "Järvi-Vaara Wellbeing Services County")),
        new(Kipina, new(
            "Työpaja Kipinä", "Verkstaden Kipinä", "Kipinä Workshop (rehabilitative work activity)")),
        new(TrainingCentre, new("Vaaran koulutuskeskus", "Vaara utbildningscenter", "Vaara Training Centre")),
    ];

    /// <summary>Teams with their base head count of workers (a team lead comes on top).</summary>
    internal static IReadOnlyList<(SimTeam Team, int Workers)> Teams { get; } =
    [
        (new("kj-tyollisyyspalvelut", Kuusijarvi, new(
            "Kuusijärven työllisyyspalvelut", "Kuusijärvi sysselsättningstjänster", "Kuusijärvi employment services")), 8),
        (new("kj-etavalmennus", Kuusijarvi, new(
            "Etävalmennustiimi", "Distanscoachningsteamet", "Remote coaching team")), 3),
        (new("vm-tyollisyyspalvelut", Vaaramaa, new(
            "Vaaramaan työllisyyspalvelut", "Vaaramaa sysselsättningstjänster", "Vaaramaa employment services")), 5),
        (new("hva-perhesosiaalityo", WellbeingCounty, new(
            "Perhesosiaalityön moniammatillinen tiimi", "Multiprofessionellt team för familjesocialt arbete",
            "Family social work multi-professional team")), 6),
        (new("hva-aikuissosiaalityo", WellbeingCounty, new(
            "Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work")), 6),
        (new("hva-paihde-mielenterveys", WellbeingCounty, new(
            "Päihde- ja mielenterveyspalvelut", "Missbruks- och mentalvårdstjänster",
            "Substance abuse and mental health services")), 3),
        (new("kipina-tyotoiminta", Kipina, new(
            "Kipinän ohjaajat", "Kipinäs handledare", "Kipinä instructors")), 4),
        (new("kk-koulutus", TrainingCentre, new(
            "Koulutustiimi", "Utbildningsteamet", "Training team")), 4),
        (new(DevelopmentTeam, Kuusijarvi, new(
            "Verkoston kehittämistiimi", "Nätverkets utvecklingsteam", "Network development team")), 0),
    ];
}
