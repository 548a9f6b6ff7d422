using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The remote coaching team's two programmes in the demo: eight weekly sessions, and four monthly ones for clients whose
/// coaching runs longer. Held at the office at first; from the team's switch to remote coaching (DemoReplay.Programmes)
/// the new version of each holds its sessions over a video link, and a running programme keeps the version it began on.
/// </summary>
public static class DemoProgrammeTemplates
{
    public const string Place = "Kuusijärven työllisyyspalvelut, neuvotteluhuone 2";

    /// <summary>
    /// The team's virtual waiting room, where each coach lets in their own client (so one link serves sessions at the same
    /// time). A fictional address: .example is reserved for examples.
    /// </summary>
    public const string VideoLink = "https://video.kuusijarvi.example/odotushuone/etavalmennus";

    public const int WeeklyMinutes = 60, MonthlyMinutes = 90;

    public static readonly string[] WeeklyTopics =
    [
        "Tavoitteet ja lähtötilanne", "Osaamisen kartoitus", "Työnhaun kanavat", "CV ja työhakemus",
        "Työhaastatteluun valmistautuminen", "Verkostot ja piilotyöpaikat", "Työkokeilu ja palkkatuki", "Jatkosuunnitelma",
    ];

    public static readonly string[] MonthlyTopics =
        ["Tilannekatsaus ja tavoitteet", "Työnhaun eteneminen", "Arki ja jaksaminen", "Jatkosuunnitelma"];

    public static LocalisedName WeeklyName(bool remote) => remote
        ? new("Etävalmennus 8 viikkoa", "Distanscoachning 8 veckor", "Remote coaching, 8 weeks")
        : new("Valmennus 8 viikkoa", "Coachning 8 veckor", "Coaching, 8 weeks");

    public static LocalisedName MonthlyName(bool remote) => remote
        ? new("Kuukausivalmennus etänä", "Månadscoachning på distans", "Monthly remote coaching")
        : new("Kuukausivalmennus", "Månadscoachning", "Monthly coaching");

    /// <summary>The sessions of a programme: in person at the office, or remote over the team's video link.</summary>
    public static List<SessionPlan> Plans(IEnumerable<string> topics, int minutes, bool remote) =>
    [
        .. topics.Select(topic => remote
            ? new SessionPlan(topic, minutes, SessionMode.Remote, VideoLink: VideoLink)
            : new SessionPlan(topic, minutes, SessionMode.InPerson, Place: Place)),
    ];
}
