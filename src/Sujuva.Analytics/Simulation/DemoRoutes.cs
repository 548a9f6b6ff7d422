using static Sujuva.Analytics.Simulation.DemoServices;

namespace Sujuva.Analytics.Simulation;

/// <summary>Referral routes between the demo services, case outcomes and block reasons.</summary>
internal static class DemoRoutes
{
    public static readonly Route[] FromJobCoaching =
    [
        new(RehabilitativeWorkActivity, 0.22, "Työkyky ja arjenhallinta vaativat kuntouttavaa työtoimintaa"),
        new(LabourMarketTraining, 0.15, "Ammatillinen osaaminen puuttuu toivotulta alalta"),
        new(KuusijarviRemoteCoaching, 0.04, "Etävalmennus sopii asiakkaan tilanteeseen paremmin"),
        new(AdultSocialWork, 0.05, "Taloudellinen tilanne ja asuminen vaativat sosiaalityötä"),
    ];

    public static readonly Route[] FromRemoteCoaching =
    [
        new(LabourMarketTraining, 0.2, "Koulutustarve tunnistettu valmennuksessa"),
        new(RehabilitativeWorkActivity, 0.05, "Tarvitaan lähityötä ja päivärytmiä"),
    ];

    public static readonly Route[] FromFamilySocialWork =
    [
        new(AdultSocialWork, 0.1, "Vanhemman oma tuen tarve"),
        new(SubstanceMentalHealthAssessment, 0.15, "Päihteiden käytön arviointi tarpeen"),
    ];

    public static readonly Route[] FromAdultSocialWork =
    [
        new(SubstanceMentalHealthAssessment, 0.2, "Mielenterveyden ja päihteiden arviointi"),
        new(RehabilitativeWorkActivity, 0.2, "Kuntouttava työtoiminta osana aktivointisuunnitelmaa"),
        new(KuusijarviJobCoaching, 0.07, "Asiakas valmis työnhakuun"),
        new(VaaramaaJobCoaching, 0.03, "Asiakas valmis työnhakuun"),
    ];

    public static readonly Route[] FromAssessment =
    [
        new(RehabilitativeWorkActivity, 0.3, "Arvion suositus: kuntouttava työtoiminta"),
        new(AdultSocialWork, 0.2, "Arvion suositus: sosiaalityön tuki"),
    ];

    public static readonly Route[] FromRehabilitation =
    [
        new(LabourMarketTraining, 0.25, "Valmis ammatilliseen koulutukseen"),
        new(KuusijarviJobCoaching, 0.12, "Valmis työhönvalmennukseen"),
        new(VaaramaaJobCoaching, 0.08, "Valmis työhönvalmennukseen"),
    ];

    public static readonly Route[] FromTraining =
    [
        new(KuusijarviJobCoaching, 0.07, "Tuki työnhakuun koulutuksen jälkeen"),
    ];

    public static readonly (SimOutcome, double)[] CoachingOutcomes =
        [(SimOutcome.Employed, 0.4), (SimOutcome.Studying, 0.15), (SimOutcome.GoalReached, 0.25), (SimOutcome.Withdrew, 0.1), (SimOutcome.Other, 0.1)];

    public static readonly (SimOutcome, double)[] SocialWorkOutcomes =
        [(SimOutcome.GoalReached, 0.7), (SimOutcome.Withdrew, 0.15), (SimOutcome.Other, 0.15)];

    public static readonly (SimOutcome, double)[] AssessmentOutcomes =
        [(SimOutcome.GoalReached, 0.85), (SimOutcome.Withdrew, 0.1), (SimOutcome.Other, 0.05)];

    public static readonly (SimOutcome, double)[] RehabilitationOutcomes =
        [(SimOutcome.GoalReached, 0.55), (SimOutcome.Employed, 0.1), (SimOutcome.Studying, 0.1), (SimOutcome.Withdrew, 0.15), (SimOutcome.Other, 0.1)];

    public static readonly (SimOutcome, double)[] TrainingOutcomes =
        [(SimOutcome.Employed, 0.45), (SimOutcome.Studying, 0.25), (SimOutcome.GoalReached, 0.15), (SimOutcome.Withdrew, 0.15)];

    private static readonly SimBlock Unreachable = new(SimBlockReason.WaitingForClient, "Asiakasta ei tavoiteta");
    private static readonly SimBlock Ill = new(SimBlockReason.WaitingForClient, "Asiakas sairaana");
    private static readonly SimBlock DoctorsStatement = new(SimBlockReason.WaitingForDocuments, "Odottaa lääkärinlausuntoa");

    public static readonly SimBlock[] EmploymentBlocks =
    [
        Unreachable, new(SimBlockReason.WaitingForDecision, "Odottaa Kelan päätöstä"), DoctorsStatement, Ill,
    ];

    public static readonly SimBlock[] SocialBlocks =
    [
        new(SimBlockReason.WaitingForDecision, "Odottaa asumispäätöstä"), Unreachable,
        new(SimBlockReason.WaitingForDecision, "Odottaa toimeentulotukipäätöstä"), DoctorsStatement,
    ];

    public static readonly SimBlock[] HealthBlocks =
    [
        DoctorsStatement, Unreachable, Ill, new(SimBlockReason.WaitingForOtherService, "Odottaa mielenterveyspalvelujen arviota"),
    ];
}
