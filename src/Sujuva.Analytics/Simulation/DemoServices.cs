using static Sujuva.Analytics.Simulation.DemoStages;

namespace Sujuva.Analytics.Simulation;

/// <summary>
/// The eight services of the demo network. WIP limits are for 2,000 clients a year and are
/// multiplied by the run's scale; durations are medians of a log-normal, in days.
/// </summary>
public static class DemoServices
{
    public const string KuusijarviJobCoaching = "kj-tyohonvalmennus";
    public const string KuusijarviRemoteCoaching = "kj-etatyovalmennus";
    public const string VaaramaaJobCoaching = "vm-tyohonvalmennus";
    public const string FamilySocialWork = "hva-perhesosiaalityo";
    public const string AdultSocialWork = "hva-aikuissosiaalityo";
    public const string SubstanceMentalHealthAssessment = "hva-paihde-mielenterveysarvio";
    public const string RehabilitativeWorkActivity = "kipina-kuntouttava-tyotoiminta";
    public const string LabourMarketTraining = "kk-tyovoimakoulutus";

    /// <summary>The stage whose queue the network's improvement shortens.</summary>
    public const string RehabilitativeQueueStage = "odottaa-aloitusta";

    internal static ServicePlan[] Plans(int scale) =>
    [
        JobCoaching(KuusijarviJobCoaching, DemoOrganisations.Kuusijarvi, "kj-tyollisyyspalvelut",
            new("Työhönvalmennus (Kuusijärvi)", "Jobbcoachning (Kuusijärvi)", "Job coaching (Kuusijärvi)"), 28 * scale, 76 * scale),
        new(KuusijarviRemoteCoaching, DemoOrganisations.Kuusijarvi, "kj-etavalmennus",
            new("Etätyövalmennus", "Distansjobbcoachning", "Remote job coaching"),
            [Arrived(), Working("alkutapaaminen", "Alkutapaaminen etänä", "Första distansmöte", "First remote meeting", 6 * scale, 5, 0.05),
             Working("viikko-ohjelma", "Viikko-ohjelma", "Veckoprogram", "Weekly programme", 36 * scale, 40, 0.15),
             Working("paattaminen", "Päättäminen", "Avslutning", "Closing", null, 3)],
            DemoRoutes.FromRemoteCoaching, DemoRoutes.CoachingOutcomes, DemoRoutes.EmploymentBlocks),
        JobCoaching(VaaramaaJobCoaching, DemoOrganisations.Vaaramaa, "vm-tyollisyyspalvelut",
            new("Työhönvalmennus (Vaaramaa)", "Jobbcoachning (Vaaramaa)", "Job coaching (Vaaramaa)"), 18 * scale, 50 * scale),
        new(FamilySocialWork, DemoOrganisations.WellbeingCounty, "hva-perhesosiaalityo",
            new("Perhesosiaalityö", "Familjesocialt arbete", "Family social work"),
            [Arrived(), Working("palvelutarpeen-arviointi", "Palvelutarpeen arviointi", "Bedömning av servicebehov", "Service need assessment", 20 * scale, 14, 0.15),
             Waiting("odottaa-tyoskentelya", "Odottaa työskentelyä", "Väntar på arbete", "Waiting for work", 1),
             Working("moniammatillinen-tyoskentely", "Moniammatillinen työskentely", "Multiprofessionellt arbete", "Multi-professional work", 70 * scale, 60, 0.3),
             Working("paattaminen", "Päättäminen", "Avslutning", "Closing", null, 7)],
            DemoRoutes.FromFamilySocialWork, DemoRoutes.SocialWorkOutcomes, DemoRoutes.SocialBlocks),
        new(AdultSocialWork, DemoOrganisations.WellbeingCounty, "hva-aikuissosiaalityo",
            new("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social work"),
            [Arrived(), Working("arviointi", "Arviointi", "Bedömning", "Assessment", 26 * scale, 10, 0.15),
             Working("asiakassuunnitelma", "Asiakassuunnitelma", "Klientplan", "Client plan", null, 7, 0.05),
             Working("tyoskentely", "Työskentely", "Arbete", "Casework", 100 * scale, 40, 0.25),
             Working("paattaminen", "Päättäminen", "Avslutning", "Closing", null, 5)],
            DemoRoutes.FromAdultSocialWork, DemoRoutes.SocialWorkOutcomes, DemoRoutes.SocialBlocks),
        new(SubstanceMentalHealthAssessment, DemoOrganisations.WellbeingCounty, "hva-paihde-mielenterveys",
            new("Päihde- ja mielenterveysarvio", "Missbruks- och mentalvårdsbedömning", "Substance abuse and mental health assessment"),
            [Arrived(), Waiting("odottaa-arviota", "Odottaa arviota", "Väntar på bedömning", "Waiting for assessment", 1),
             Working("arviointijakso", "Arviointijakso", "Bedömningsperiod", "Assessment period", 8 * scale, 12, 0.2),
             Working("lausunto", "Lausunto ja suositus", "Utlåtande och rekommendation", "Statement and recommendation", null, 4)],
            DemoRoutes.FromAssessment, DemoRoutes.AssessmentOutcomes, DemoRoutes.HealthBlocks),
        new(RehabilitativeWorkActivity, DemoOrganisations.Kipina, "kipina-tyotoiminta",
            new("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
            [Arrived(), Waiting(RehabilitativeQueueStage, "Odottaa aloitusta", "Väntar på start", "Waiting to start", 0.2),
             Working("aloitusjakso", "Aloitusjakso", "Startperiod", "Start period", 30 * scale, 10, 0.1) with { AtIntakeOnly = true },
             Working("tyotoiminta", "Työtoiminta", "Arbetsverksamhet", "Work activity", 100 * scale, 45, 0.2),
             Working("jatkosuunnitelma", "Jatkosuunnitelma", "Fortsatt plan", "Follow-up plan", null, 5)],
            DemoRoutes.FromRehabilitation, DemoRoutes.RehabilitationOutcomes, DemoRoutes.HealthBlocks)
        { Intake = new IntakePlan(SlotsPerDayBefore: scale, SlotsPerMeetingAfter: 10 * scale) },
        new(LabourMarketTraining, DemoOrganisations.TrainingCentre, "kk-koulutus",
            new("Työvoimakoulutus", "Arbetskraftsutbildning", "Labour market training"),
            [Arrived(), Waiting("odottaa-koulutusta", "Odottaa koulutuksen alkua", "Väntar på utbildningsstart", "Waiting for training to start", 7),
             Working("koulutus", "Koulutus", "Utbildning", "Training", 60 * scale, 50, 0.1),
             Working("paattaminen", "Päättäminen", "Avslutning", "Closing", null, 3)],
            DemoRoutes.FromTraining, DemoRoutes.TrainingOutcomes, DemoRoutes.EmploymentBlocks),
    ];

    private static ServicePlan JobCoaching(string key, string organisation, string team, LocalisedName name, int assessmentWip, int coachingWip) =>
        new(key, organisation, team, name,
            [Arrived(), Working("alkukartoitus", "Alkukartoitus", "Inledande kartläggning", "Initial assessment", assessmentWip, 10, 0.1),
             Waiting("odottaa-valmennusta", "Odottaa valmennusta", "Väntar på coachning", "Waiting for coaching", 1),
             Working("valmennus", "Valmennus", "Coachning", "Coaching", coachingWip, 35, 0.2),
             Working("paattaminen", "Päättäminen", "Avslutning", "Closing", null, 5)],
            DemoRoutes.FromJobCoaching, DemoRoutes.CoachingOutcomes, DemoRoutes.EmploymentBlocks);
}
