using Sujuva.Analytics.Charts;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Improvements;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Improvements;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The network's improvement work over the simulated year, each step recorded when it happened, between the
/// operations of that moment, so the log stays in time order. Every effect claimed is one the simulation makes:
/// the rehabilitative work activity's shared intake meeting (an A3 of the network, adopted), family social work's
/// pair work (adopted), changed opening hours in adult social work (no effect in the simulation: abandoned),
/// documenting together with the client in job coaching (running, due for study now), and the remote coaching team's
/// switch of its programmes to remote sessions (adopted: its clients miss fewer sessions, DemoReplay.Programmes).
/// </summary>
public sealed partial class DemoReplay
{
    private readonly List<Improvement> _improvements = [];
    private readonly List<(DateTime At, Action Step)> _improvementSteps = [];
    private int _nextImprovementStep;

    public IEnumerable<Improvement> Improvements => _improvements;

    /// <summary>Runs the improvement steps due by the instant (called before each operation, and once at the end).</summary>
    private void ImproveUntil(DateTime at)
    {
        while (_nextImprovementStep < _improvementSteps.Count && _improvementSteps[_nextImprovementStep].At <= at)
        {
            _improvementSteps[_nextImprovementStep++].Step();
            Collect();
        }
    }

    private void PrepareImprovements(SimulatedNetwork network, DemoExtras extras, DateTime start, DateTime end)
    {
        var coach = Worker(network, w => w.Role == SimRole.Developer);
        if (coach is null) return;
        UserId Lead(string serviceKey) =>
            Worker(network, w => w.Role == SimRole.TeamLead && w.TeamKey == network.Services.Single(s => s.Key == serviceKey).TeamKey) ?? coach.Value;
        var steps = new List<(DateTime, Action)>();
        steps.AddRange(TeamSprints(network, coach.Value, start, end));
        steps.AddRange(IntakeA3(coach.Value, Lead(DemoServices.RehabilitativeWorkActivity), extras.ImprovementUtc, start));
        steps.AddRange(PairWork(coach.Value, Lead(DemoServices.FamilySocialWork), extras.PairWorkUtc, start));
        steps.AddRange(OpeningHours(coach.Value, Lead(DemoServices.AdultSocialWork), start));
        steps.AddRange(Documenting(coach.Value, Lead(DemoServices.KuusijarviJobCoaching), end));
        if (RemoteSwitchUtc != DateTime.MaxValue)
            steps.AddRange(RemoteCoaching(coach.Value, Lead(DemoServices.KuusijarviRemoteCoaching), start));
        _improvementSteps.AddRange(steps.Where(s => s.Item1 <= end).OrderBy(s => s.Item1));
    }

    private UserId? Worker(SimulatedNetwork network, Func<SimWorker, bool> which) =>
        network.Workers.FirstOrDefault(which) is { } w ? _users[w.Key] : null;

    /// <summary>KoordiPOK's assignment: clients wait months to start rehabilitative work activity; a shared intake meeting.</summary>
    private IEnumerable<(DateTime, Action)> IntakeA3(UserId coach, UserId lead, DateTime changeUtc, DateTime start)
    {
        var rehab = ServiceScope(DemoServices.RehabilitativeWorkActivity);
        var handoff = new ImprovementScope(ScopeKind.Handoff, FromOrganisationId: _organisations[DemoOrganisations.Kuusijarvi].Id.Value,
            ToOrganisationId: _organisations[DemoOrganisations.Kipina].Id.Value);
        var change = DayCount.LocalDate(changeUtc);
        Improvement? a3 = null;
        var queue = Guid.CreateVersion7(changeUtc.AddDays(-42));
        yield return (changeUtc.AddDays(-42), () => a3 = Create(ImprovementKind.A3,
            "Asiakkaat odottavat kuukausia pääsyä kuntouttavaan työtoimintaan",
            "Lähetetty asiakas aloittaa kuntouttavan työtoiminnan kuukauden sisällä.", coach, [lead.Value], ImprovementScope.Network,
            DayCount.LocalDate(start).AddMonths(2),
            [
                new(queue, MeasureRole.Outcome, MeasureKind.QueueTime, rehab, null, Better.Lower, 30, ChartKind.Run),
                new(Guid.CreateVersion7(changeUtc.AddDays(-42)), MeasureRole.Process, MeasureKind.HandoffWait, handoff, null, Better.Lower, null, ChartKind.Run),
                new(Guid.CreateVersion7(changeUtc.AddDays(-42)), MeasureRole.Balancing, MeasureKind.Csat, rehab, null, Better.Higher, null, ChartKind.P),
            ], changeUtc.AddDays(-42)));
        yield return (changeUtc.AddDays(-35), () => Check(a3!.SetSheet(new A3Sheet(DayCount.LocalDate(changeUtc.AddDays(-42)),
            "Kuntouttava työtoiminta on monen asiakkaan seuraava askel työllisyyspalveluista. Pitkä odotus katkaisee aktivointisuunnitelman ja heikentää motivaatiota.",
            "Työpaja Kipinän aloitukset tehdään yksilöllisinä alkukäynteinä maanantaista torstaihin; jono aloitusjaksoon on kasvanut koko vuoden.",
            "Jonotusajan viikkomediaani alle 30 päivän kahdeksassa viikossa muutoksesta.",
            [["Asiakas odottaa aloitusta", "Aloitusjaksoon pääsee vain alkukäynnin kautta", "Alkukäyntejä on muutama päivässä",
              "Jokainen alkukäynti tehdään yksin asiakkaan kanssa", "Käytäntö on jäänyt ajalta, jolloin asiakkaita oli vähemmän"]],
            [
                new(FishboneCategory.Methods, "Yksilölliset alkukäynnit"), new(FishboneCategory.People, "Yksi ohjaaja tekee kaikki alkukäynnit"),
                new(FishboneCategory.Tools, "Ajanvaraus puhelimitse"), new(FishboneCategory.Policies, "Lähete tarkistetaan kahteen kertaan"),
                new(FishboneCategory.Measurement, "Jonoa ei ole seurattu"), new(FishboneCategory.Environment, "Yksi tila alkukäynneille"),
            ],
            [new(Guid.CreateVersion7(changeUtc.AddDays(-35)), "Yhteinen alkuinfo kahdesti viikossa", "Kokeillaan PDSA-syklinä", null),
             new(Guid.CreateVersion7(changeUtc.AddDays(-35)), "Lähetteen tarkistus kerran", "Ei kokeiltu vielä", null)],
            [new(Guid.CreateVersion7(changeUtc.AddDays(-35)), "Alkuinfon sisältö ja ohjaajat sovittu", lead.Value, change.AddDays(-7), changeUtc.AddDays(-10)),
             new(Guid.CreateVersion7(changeUtc.AddDays(-35)), "Lähettäjille tieto uusista ajoista", coach.Value, change.AddDays(-2), changeUtc.AddDays(-3))],
            null, null), coach, changeUtc.AddDays(-35))));
        yield return (changeUtc.AddDays(-21), () => Check(a3!.PlanCycle("Yhteinen alkuinfo tiistaisin ja torstaisin yksilökäyntien sijaan",
            change, change.AddDays(56), [new(queue, "Jonotusajan viikkomediaani puolittuu kahdeksassa viikossa", 30)], coach, changeUtc.AddDays(-21))));
        yield return (changeUtc.AddDays(-1), () => Check(a3!.StartCycle(1, coach, changeUtc.AddDays(-1))));
        yield return (changeUtc.AddDays(8), () => Check(a3!.Observe(1, change.AddDays(7), "Ensimmäisiin alkuinfoihin tuli 9 ja 11 asiakasta.", false, lead, changeUtc.AddDays(8))));
        yield return (changeUtc.AddDays(22), () => Check(a3!.Observe(1, change.AddDays(21), "Osa lähettäjistä ei tiennyt uusista ajoista; kaksi asiakasta tuli väärään aikaan.", true, lead, changeUtc.AddDays(22))));
        yield return (changeUtc.AddDays(57), () => Check(a3!.StudyCycle(1, "Jonotusajan viikkomediaani on pysynyt lähtötason mediaanin alapuolella muutoksesta lähtien. Ennuste piti.", coach, changeUtc.AddDays(57))));
        yield return (changeUtc.AddDays(63), () => Check(a3!.Decide(1, ActDecision.Adopt, "Alkuinfo jää pysyväksi käytännöksi, ja ohje on päivitetty verkoston sivuille.", coach, changeUtc.AddDays(63))));
    }

    /// <summary>Helsinki's family social work team: working cases in pairs cut the work per client.</summary>
    private IEnumerable<(DateTime, Action)> PairWork(UserId coach, UserId lead, DateTime changeUtc, DateTime start)
    {
        var family = ServiceScope(DemoServices.FamilySocialWork);
        var change = DayCount.LocalDate(changeUtc);
        var effort = Guid.CreateVersion7(changeUtc.AddDays(-30));
        Improvement? e = null;
        yield return (changeUtc.AddDays(-30), () => e = Create(ImprovementKind.Experiment,
            "Perhesosiaalityön asiakkuus vie paljon työaikaa", "Asiakkuus valmistuu vähemmällä työllä ilman, että tyytyväisyys laskee.",
            coach, [lead.Value], family, DayCount.LocalDate(start).AddDays(42),
            [
                new(effort, MeasureRole.Outcome, MeasureKind.Effort, family, null, Better.Lower, null, ChartKind.Run),
                new(Guid.CreateVersion7(changeUtc.AddDays(-30)), MeasureRole.Process, MeasureKind.LeadTime, family, null, Better.Lower, null, ChartKind.Run),
                new(Guid.CreateVersion7(changeUtc.AddDays(-30)), MeasureRole.Balancing, MeasureKind.Csat, family, null, Better.Higher, null, ChartKind.P),
            ], changeUtc.AddDays(-30)));
        yield return (changeUtc.AddDays(-20), () => Check(e!.PlanCycle("Parityö: asiakkuutta työstää kahden työntekijän pari", change, change.AddDays(70),
            [new(effort, "Kirjatun työn mediaani asiakkuutta kohden laskee kolmanneksella kymmenessä viikossa", null)], lead, changeUtc.AddDays(-20))));
        yield return (changeUtc.AddDays(-1), () => Check(e!.StartCycle(1, lead, changeUtc.AddDays(-1))));
        yield return (changeUtc.AddDays(15), () => Check(e!.Observe(1, change.AddDays(14), "Parit sopivat työnjaon heti ensimmäisellä tapaamisella.", false, lead, changeUtc.AddDays(15))));
        yield return (changeUtc.AddDays(71), () => Check(e!.StudyCycle(1, "Työn mediaani asiakkuutta kohden on laskenut selvästi; asiakastyytyväisyys ei laskenut.", coach, changeUtc.AddDays(71))));
        yield return (changeUtc.AddDays(78), () => Check(e!.Decide(1, ActDecision.Adopt, "Parityö otetaan käyttöön kaikissa uusissa asiakkuuksissa.", lead, changeUtc.AddDays(78))));
    }

    /// <summary>
    /// An idea that did not work: later opening hours, no change in lead time (the simulation has no such effect). Tried
    /// in the second half of the year and measured from its fourth month: the simulated year starts with no cases, so
    /// lead times of closed cases grow over its first months, and a baseline from then would make any later weeks look worse.
    /// </summary>
    private IEnumerable<(DateTime, Action)> OpeningHours(UserId coach, UserId lead, DateTime start)
    {
        var adult = ServiceScope(DemoServices.AdultSocialWork);
        var createdUtc = start.AddMonths(6).AddDays(14);
        var change = DayCount.LocalDate(start.AddMonths(7).AddDays(10));
        var lead_ = Guid.CreateVersion7(createdUtc);
        Improvement? e = null;
        yield return (createdUtc, () => e = Create(ImprovementKind.Experiment, "Aikuissosiaalityön asiakkuudet kestävät pitkään",
            "Asiakkuus etenee nopeammin, kun asiakas pääsee tapaamiseen myös iltapäivällä.", coach, [lead.Value], adult, DayCount.LocalDate(start).AddMonths(4),
            [
                new(lead_, MeasureRole.Outcome, MeasureKind.LeadTime, adult, null, Better.Lower, null, ChartKind.Run),
                new(Guid.CreateVersion7(createdUtc), MeasureRole.Balancing, MeasureKind.Csat, adult, null, Better.Higher, null, ChartKind.P),
            ], createdUtc));
        yield return (createdUtc.AddDays(7), () => Check(e!.PlanCycle("Tapaamisaikoja myös klo 14–17", change, change.AddDays(56),
            [new(lead_, "Läpimenoajan viikkomediaani lyhenee viikolla kahdeksassa viikossa", null)], lead, createdUtc.AddDays(7))));
        yield return (DayCount.StartOfDayUtc(change).AddHours(-15), () => Check(e!.StartCycle(1, lead, DayCount.StartOfDayUtc(change).AddHours(-15))));
        yield return (DayCount.StartOfDayUtc(change.AddDays(57)), () => Check(e!.StudyCycle(1,
            "Läpimenoajassa ei näy signaalia: viikkomediaanit vaihtelevat lähtötason molemmin puolin.", coach, DayCount.StartOfDayUtc(change.AddDays(57)))));
        yield return (DayCount.StartOfDayUtc(change.AddDays(60)), () => Check(e!.Decide(1, ActDecision.Abandon,
            "Ei vaikutusta läpimenoaikaan; iltapäiväajat vievät työaikaa muulta. Palataan entisiin aikoihin.", lead, DayCount.StartOfDayUtc(change.AddDays(60)))));
    }

    /// <summary>Running now: documenting together with the client during the meeting, due for study this week.</summary>
    private IEnumerable<(DateTime, Action)> Documenting(UserId coach, UserId lead, DateTime end)
    {
        var coaching = ServiceScope(DemoServices.KuusijarviJobCoaching);
        var changeUtc = end.AddDays(-49);
        var change = DayCount.LocalDate(changeUtc);
        var effort = Guid.CreateVersion7(changeUtc.AddDays(-14));
        Improvement? e = null;
        yield return (changeUtc.AddDays(-14), () => e = Create(ImprovementKind.Experiment, "Kirjaamiseen kuluu valmennuksessa paljon aikaa",
            "Kirjaukset valmistuvat tapaamisessa yhdessä asiakkaan kanssa.", coach, [lead.Value], coaching, DayCount.LocalDate(end).AddMonths(-6),
            [
                new(effort, MeasureRole.Outcome, MeasureKind.Effort, coaching, null, Better.Lower, null, ChartKind.Run),
                new(Guid.CreateVersion7(changeUtc.AddDays(-14)), MeasureRole.Balancing, MeasureKind.Csat, coaching, null, Better.Higher, null, ChartKind.P),
            ], changeUtc.AddDays(-14)));
        yield return (changeUtc.AddDays(-7), () => Check(e!.PlanCycle("Kirjaus tehdään tapaamisen lopuksi yhdessä asiakkaan kanssa", change,
            DayCount.LocalDate(end).AddDays(-2), [new(effort, "Kirjatun työn mediaani asiakkuutta kohden laskee viidenneksellä", null)], lead, changeUtc.AddDays(-7))));
        yield return (changeUtc.AddDays(-1), () => Check(e!.StartCycle(1, lead, changeUtc.AddDays(-1))));
        yield return (changeUtc.AddDays(10), () => Check(e!.Observe(1, change.AddDays(9), "Asiakkaat ovat korjanneet kirjauksiin tietoja heti.", false, lead, changeUtc.AddDays(10))));
    }

    /// <summary>
    /// The remote coaching team's programmes move from the office to a video link (DemoReplay.Programmes): fewer no-shows,
    /// and session feedback no worse. The measures are charted as the app charts their kinds by default.
    /// </summary>
    private IEnumerable<(DateTime, Action)> RemoteCoaching(UserId coach, UserId lead, DateTime start)
    {
        var coaching = ServiceScope(DemoServices.KuusijarviRemoteCoaching);
        var (changeUtc, change) = (RemoteSwitchUtc, RemoteSwitchDay(start));
        var createdUtc = changeUtc.AddDays(-28);
        var noShows = Guid.CreateVersion7(createdUtc);
        Improvement? e = null;
        yield return (createdUtc, () => e = Create(ImprovementKind.Experiment, "Valmennus etänä: moni asiakas jää pois lähitapaamisista",
            "Asiakas pääsee valmennukseen ilman pitkää matkaa, ja poisjäännit vähenevät.", coach, [lead.Value], coaching,
            DayCount.LocalDate(start),
            [
                new(noShows, MeasureRole.Outcome, MeasureKind.NoShowRate, coaching, null, MeasureKinds.DefaultBetter(MeasureKind.NoShowRate), 0.1,
                    MeasureKinds.DefaultChart(MeasureKind.NoShowRate)),
                new(Guid.CreateVersion7(createdUtc), MeasureRole.Balancing, MeasureKind.SessionCsat, coaching, null,
                    MeasureKinds.DefaultBetter(MeasureKind.SessionCsat), null, MeasureKinds.DefaultChart(MeasureKind.SessionCsat)),
            ], createdUtc));
        // The experiment is the one the team's remote sprint decided to test further (DemoReplay.Sprints).
        yield return (createdUtc, () => Check(_remoteSprintDecision?.LinkExperiment(e!)));
        yield return (createdUtc.AddDays(7), () => Check(e!.PlanCycle("Uudet valmennukset etänä videoyhteydellä; käynnissä olevat jatkuvat sovitusti",
            change, change.AddDays(56), [new(noShows, "Poisjääntien osuus laskee noin kymmeneen prosenttiin kahdeksassa viikossa", 0.1)],
            lead, createdUtc.AddDays(7))));
        yield return (changeUtc.AddHours(-1), () => Check(e!.StartCycle(1, lead, changeUtc.AddHours(-1))));
        yield return (changeUtc.AddDays(8), () => Check(e!.Observe(1, change.AddDays(7),
            "Kaksi asiakasta tarvitsi apua videoyhteyden avaamisessa ensimmäisellä kerralla.", false, lead, changeUtc.AddDays(8))));
        yield return (changeUtc.AddDays(57), () => Check(e!.StudyCycle(1,
            "Etätapaamisista jäädään pois selvästi harvemmin kuin lähitapaamisista; palaute tapaamisista ei heikentynyt.", coach, changeUtc.AddDays(57))));
        yield return (changeUtc.AddDays(63), () => Check(e!.Decide(1, ActDecision.Adopt,
            "Valmennus jatkuu etänä; lähitapaaminen sovitaan, kun asiakas sitä toivoo.", lead, changeUtc.AddDays(63))));
    }

    private ImprovementScope ServiceScope(string key) => new(ScopeKind.Service, ServiceId: _services[key].Id.Value);

    private Improvement Create(ImprovementKind kind, string title, string aim, UserId owner, Guid[] participants, ImprovementScope scope,
        DateOnly measuredFrom, ImprovementMeasure[] measures, DateTime at)
    {
        var (improvement, refusal) = Improvement.Create(kind, title, aim, owner, participants.Select(p => p), scope, measuredFrom,
            measures, null, owner, at);
        if (improvement is null) throw new InvalidOperationException($"Demo improvement: {refusal!.Message}");
        _improvements.Add(Keep(improvement));
        return improvement;
    }

    private static void Check<T>(Sujuva.Web.Platform.Outcome<T> outcome)
    {
        if (outcome.Refusal is { } refusal) throw new InvalidOperationException($"Demo improvement: {refusal.Code} {refusal.Message}");
    }

    private static void Check(Sujuva.Web.Platform.Refusal? refusal)
    {
        if (refusal is not null) throw new InvalidOperationException($"Demo improvement: {refusal.Code} {refusal.Message}");
    }
}
