using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Programmes;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The remote coaching team's coaching programmes over the simulated year (issue 16). When a case of the remote coaching
/// service enters its weekly programme stage, its worker enrols most clients: in the monthly programme some of those
/// whose coaching the simulation makes last two months or more, else in the weekly one. SessionLayout lays the sessions
/// out on the coach's free working-day slots, and each is resolved in its week, between the operations of that moment
/// (DemoReplay.ProgrammeSessions). A programme ends with its case: when the case closes first, the client has cancelled
/// the sessions left. For the first months the sessions are held at the office; on the switch the team lead makes both
/// programmes remote, and new enrolments get the remote version while running ones keep theirs. Clients miss a remote
/// session less often than one they must travel to: that difference, drawn here, is what the no-show figures and the
/// "Valmennus etänä" improvement then show.
/// </summary>
public sealed partial class DemoReplay
{
    /// <summary>Months from the start of the history to the Monday the team switches to remote coaching.</summary>
    public const int RemoteSwitchMonth = 5;

    /// <summary>The remote coaching service's stage in which clients take part in a programme.</summary>
    private const string ProgrammeStage = "viikko-ohjelma";

    /// <summary>Of the clients entering the stage, those enrolled; of those with longer coaching ahead, those offered the monthly programme.</summary>
    private const double EnrolShare = 0.85, MonthlyShare = 0.5;

    /// <summary>Coaching ahead this long (or still open at the end) makes a client one for the monthly programme.</summary>
    private static readonly TimeSpan LongerCoaching = TimeSpan.FromDays(60);

    private static readonly TimeOnly[] SessionTimes = [new(9, 0), new(10, 0), new(12, 0), new(13, 0), new(14, 0)];

    private readonly List<ProgrammeTemplate> _templates = [];
    private readonly Dictionary<int, List<DateTime>> _closes = [];
    private readonly HashSet<int> _enrolled = [];
    private readonly PriorityQueue<Action, (DateTime At, long Order)> _sessionSteps = new();
    private long _sessionStepCount;
    private Random _coachRandom = new(0);
    private StageId? _programmeStage;
    private UserId _coachingLead;
    private ProgrammeTemplate? _weekly, _monthly;
    private DateTime _coachingEndUtc;

    /// <summary>When the lead drafted the programmes, in the team's first sprint (DemoReplay.Sprints); no client is enrolled before.</summary>
    private DateTime _programmesFromUtc;

    /// <summary>Held sessions from this on wait for their coach's marking (the working day before the last, Finnish time).</summary>
    private DateTime _markingBacklogFromUtc;

    public IEnumerable<ProgrammeTemplate> ProgrammeTemplates => _templates;
    public List<ProgrammeEnrolment> Enrolments { get; } = [];
    public List<CoachingSession> Sessions { get; } = [];
    public List<SessionSeat> Seats { get; } = [];

    /// <summary>When the remote coaching team's programmes became remote (the improvement's change date, 8 local time).</summary>
    public DateTime RemoteSwitchUtc { get; private set; } = DateTime.MaxValue;

    /// <summary>The programmes as they stood just before the switch, for the operating-model description published then.</summary>
    public IReadOnlyList<Features.Blueprints.BlueprintProgramme> ProgrammesBeforeSwitch { get; private set; } = [];

    /// <summary>The remote coaching team's lead, who runs its programmes.</summary>
    public UserId CoachingLead => _coachingLead;

    /// <summary>The Monday of the week <see cref="RemoteSwitchMonth"/> months after the history's start.</summary>
    public static DateOnly RemoteSwitchDay(DateTime startUtc)
    {
        var day = DayCount.LocalDate(startUtc).AddMonths(RemoteSwitchMonth);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private void PrepareProgrammes(SimulatedNetwork network, int seed, DateTime start, DateTime end)
    {
        var service = network.Services.FirstOrDefault(s => s.Key == DemoServices.KuusijarviRemoteCoaching);
        var lead = network.Workers.FirstOrDefault(w => w.Role == SimRole.TeamLead && w.TeamKey == service?.TeamKey);
        if (service is null || lead is null || !_stages.TryGetValue((service.Key, ProgrammeStage), out var stage)) return;
        (_programmeStage, _coachingLead, _coachingEndUtc) = (stage, _users[lead.Key], end);
        _markingBacklogFromUtc = MarkingBacklogFrom(end);
        _coachRandom = new Random(unchecked(seed * 41 + 13));
        foreach (var close in network.Operations.OfType<Analytics.Simulation.CloseCase>())
            (_closes.TryGetValue(close.CaseKey, out var list) ? list : _closes[close.CaseKey] = []).Add(close.At);

        var serviceId = _services[service.Key].Id;
        _programmesFromUtc = ProgrammesDraftedUtc(start);
        _weekly = Template(serviceId, DemoProgrammeTemplates.WeeklyName(false), RhythmKind.Weekly,
            DemoProgrammeTemplates.Plans(DemoProgrammeTemplates.WeeklyTopics, DemoProgrammeTemplates.WeeklyMinutes, false), _programmesFromUtc);
        _monthly = Template(serviceId, DemoProgrammeTemplates.MonthlyName(false), RhythmKind.Monthly,
            DemoProgrammeTemplates.Plans(DemoProgrammeTemplates.MonthlyTopics, DemoProgrammeTemplates.MonthlyMinutes, false), _programmesFromUtc);
        RemoteSwitchUtc = SessionLayout.Utc(RemoteSwitchDay(start), new TimeOnly(8, 0));
        Schedule(RemoteSwitchUtc, SwitchToRemote);
    }

    private ProgrammeTemplate Template(ServiceId service, Analytics.Simulation.LocalisedName name, RhythmKind rhythm, List<SessionPlan> plans,
        DateTime at)
    {
        var (template, refusal) = ProgrammeTemplate.Create(service, name.Fi, new ProgrammeRhythm(rhythm), plans, false, null, _coachingLead, at,
            name.Sv, name.En);
        if (template is null) throw new InvalidOperationException($"Demo programme: {refusal!.Code} {refusal.Message}");
        _templates.Add(template);
        return template;
    }

    /// <summary>The lead edits both programmes: a new version with every session remote, over the team's video link.</summary>
    private void SwitchToRemote()
    {
        ProgrammesBeforeSwitch = [.. _templates.Select(Features.Blueprints.BlueprintProgramme.Content)];
        foreach (var (template, name, topics, minutes) in new[]
        {
            (_weekly!, DemoProgrammeTemplates.WeeklyName(true), DemoProgrammeTemplates.WeeklyTopics, DemoProgrammeTemplates.WeeklyMinutes),
            (_monthly!, DemoProgrammeTemplates.MonthlyName(true), DemoProgrammeTemplates.MonthlyTopics, DemoProgrammeTemplates.MonthlyMinutes),
        })
            if (template.Edit(name.Fi, template.Rhythm, DemoProgrammeTemplates.Plans(topics, minutes, true), false, null, RemoteSwitchUtc,
                name.Sv, name.En) is { } refusal)
                Refusals.Add($"Programme {template.Id}: {refusal.Code}");
    }

    /// <summary>After a move: a client whose case just entered the programme stage may be enrolled, once per case.</summary>
    private void EnrolOnProgrammeStage(Case c, int caseKey, DateTime at)
    {
        if (at < _programmesFromUtc) return;
        if (_programmeStage is null || c.StageId != _programmeStage || c.AssigneeId is not { } coach || !_enrolled.Add(caseKey)) return;
        if (_coachRandom.NextDouble() >= EnrolShare) return;
        // When the simulation closes the case (the coach's sense of how long the client's coaching will take).
        var close = _closes.GetValueOrDefault(caseKey)?.Where(t => t > at).Cast<DateTime?>().FirstOrDefault();
        var longer = close is not { } closes || closes - at >= LongerCoaching;
        var template = longer && _coachRandom.NextDouble() < MonthlyShare ? _monthly! : _weekly!;
        var startsOn = FinnishWorkingDays.OnOrAfter(DayCount.LocalDate(at).AddDays(1 + _coachRandom.Next(4)));
        var time = SessionTimes[_coachRandom.Next(SessionTimes.Length)];
        var layout = Lay(template.Rhythm, coach, startsOn, time, [.. template.Sessions.Select(s => s.Minutes)], null);
        Enrol(c, template, coach, startsOn, time, layout, at, close);
    }

    /// <summary>As EnrolProgramme: the enrolment on the template's current version, its sessions and seats, ProgrammeEnrolled on the case.</summary>
    private void Enrol(Case c, ProgrammeTemplate template, UserId coach, DateOnly startsOn, TimeOnly time, SessionLayoutResult layout,
        DateTime at, DateTime? close)
    {
        var enrolment = new ProgrammeEnrolment(c.Id, template, coach, startsOn, time, coach, at);
        var sessions = layout.Slots.Select(slot => new CoachingSession(template, coach, startsOn, slot, at)).ToList();
        Enrolments.Add(enrolment);
        Keep(c).RecordOnCase(new ProgrammeEnrolled(enrolment.Id.Value, template.Id.Value, template.Version, sessions.Count,
            sessions[0].StartUtc), coach, at);
        foreach (var session in sessions)
        {
            var seat = new SessionSeat(session.Id, enrolment.Id, c.Id, at);
            Sessions.Add(session);
            Seats.Add(seat);
            Plan(session, seat, c, at, close, mayMove: true);
        }
    }

    /// <summary>Slots on the coach's free time (clashes moved to the next free slot, as a worker may ask), leaving out one session being moved.</summary>
    private SessionLayoutResult Lay(ProgrammeRhythm rhythm, UserId coach, DateOnly startsOn, TimeOnly time, IReadOnlyList<int> minutes,
        CoachingSession? moving)
    {
        var from = SessionLayout.Utc(startsOn, TimeOnly.MinValue);
        var busy = Sessions.Where(s => s.CoachId == coach && s.EndUtc > from && s.Occupies && s != moving).Select(s => s.AsBusy()).ToList();
        return SessionLayout.Lay(rhythm, startsOn, time, minutes, busy, moveOnClash: true);
    }

    /// <summary>A step at its time; steps after the end of the history have not happened, so their sessions stay scheduled.</summary>
    private void Schedule(DateTime at, Action step)
    {
        if (at <= _coachingEndUtc) _sessionSteps.Enqueue(step, (at, _sessionStepCount++));
    }

    /// <summary>Runs the session steps due by the instant (called before each operation, and once at the end).</summary>
    private void CoachUntil(DateTime at)
    {
        while (_sessionSteps.TryPeek(out _, out var due) && due.At <= at)
        {
            _sessionSteps.Dequeue()();
            Collect();
        }
    }
}
