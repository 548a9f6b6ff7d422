namespace Sujuva.IntegrationTests.Auth;

/// <summary>Who asks: the five roles, a worker of another team, and nobody signed in. Order of the columns below.</summary>
public enum Who
{
    Administrator,
    Manager,
    TeamLead,
    Worker,
    Developer,
    OtherTeamWorker,
    Anonymous,
}

/// <summary>Expected status per <see cref="Who"/>, in enum order.</summary>
public sealed record Expect(int Administrator, int Manager, int TeamLead, int Worker, int Developer, int OtherTeamWorker, int Anonymous)
{
    public int For(Who who) => who switch
    {
        Who.Administrator => Administrator, Who.Manager => Manager, Who.TeamLead => TeamLead, Who.Worker => Worker,
        Who.Developer => Developer, Who.OtherTeamWorker => OtherTeamWorker, _ => Anonymous,
    };

    /// <summary>Every signed-in user gets status; nobody signed in 401.</summary>
    public static Expect SignedIn(int status) => new(status, status, status, status, status, status, 401);

    /// <summary>Case and client data of the Worker's team: the other team's worker is told it does not exist.</summary>
    public static Expect TeamData(int status) => new(status, status, status, status, status, 404, 401);

    /// <summary>
    /// Case work of the Worker's team (CurrentUser.WorksFor): its team lead and worker get status; those who
    /// see the case without working for its team 403; the other team's worker 404.
    /// </summary>
    public static Expect TeamWork(int status) => new(403, 403, status, status, 403, 404, 401);

    /// <summary>
    /// Work on an improvement of the Worker team's service: its owner (the manager), Lean coaches, managers and the
    /// team's members get status; administrators and other teams 403 (they read it).
    /// </summary>
    public static Expect ImprovementWork(int status) => new(403, status, status, status, status, 403, 401);

    /// <summary>Running a sprint: its Decider (the Manager) and its facilitator (the TeamLead); other signed-in users 403.</summary>
    public static Expect SprintRun(int status) => new(403, status, status, 403, 403, 403, 401);

    /// <summary>Work in a sprint (notes, votes): its Decider (the Manager), facilitator (the TeamLead) and participant (the Worker).</summary>
    /// <summary>Work in a sprint: its Decider (the Manager), facilitator (the TeamLead) and participant (the Worker); others 403.</summary>
    public static Expect SprintWork(int status) => new(403, status, status, status, 403, 403, 401);

    /// <summary>Administrators only (with two-factor sign-in on); other roles 403.</summary>
    public static Expect AdminOnly(int status) => new(status, 403, 403, 403, 403, 403, 401);
}

/// <summary>One request per endpoint: route pattern as the app registers it, the concrete URL and body.</summary>
public sealed record Probe(string Method, string Pattern, Func<MatrixIds, string> Url, Func<MatrixIds, object?> Body, Expect Expected)
{
    public string Key => $"{Method} {Pattern}";
}

/// <summary>
/// The authorisation matrix: every API endpoint and what each asker gets. Changes carry a stale version
/// (999) where the endpoint takes one, so a 409 shows the request got past authorisation and visibility
/// without changing anything; creations make new, unrelated things. A new endpoint needs a row here.
/// </summary>
public static class AuthorizationMatrix
{
    private const int Stale = 999;

    public static readonly Probe[] Probes =
    [
        new("POST", "/api/auth/login", _ => "/api/auth/login", _ => new { email = "nobody@demo.sujuva.fi", password = "x" }, new(401, 401, 401, 401, 401, 401, 401)),
        new("GET", "/api/auth/me", _ => "/api/auth/me", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/account/password", _ => "/api/account/password", _ => new { currentPassword = "not-the-password", newPassword = "Another-pass-12" }, Expect.SignedIn(400)),
        new("GET", "/api/account/two-factor", _ => "/api/account/two-factor", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/account/two-factor/enrol", _ => "/api/account/two-factor/enrol", _ => null, new(422, 200, 200, 200, 200, 200, 401)),
        new("POST", "/api/account/two-factor/confirm", _ => "/api/account/two-factor/confirm", _ => new { code = "12345" }, Expect.SignedIn(400)),
        new("POST", "/api/account/two-factor/disable", _ => "/api/account/two-factor/disable", _ => null, new(422, 204, 204, 204, 204, 204, 401)),
        new("POST", "/api/account/two-factor/recovery-codes", _ => "/api/account/two-factor/recovery-codes", _ => null, new(200, 422, 422, 422, 422, 422, 401)),

        new("GET", "/api/organisations/", _ => "/api/organisations", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/organisations/", _ => "/api/organisations", _ => new { name = "Matriisiorganisaatio" }, Expect.AdminOnly(201)),
        new("POST", "/api/organisations/{organisationId}/teams", x => $"/api/organisations/{x.SpareOrganisation}/teams", _ => new { name = "Matriisitiimi" }, Expect.AdminOnly(201)),
        new("GET", "/api/teams", _ => "/api/teams", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/services/", _ => "/api/services", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/services/{serviceId}", x => $"/api/services/{x.Coaching}", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/services/", _ => "/api/services", x => new { teamId = x.EmploymentTeam, name = "Matriisipalvelu", stages = new[] { new { name = "Jono", kind = "Waiting" } } }, Expect.AdminOnly(201)),
        new("GET", "/api/services/{serviceId}/board", x => $"/api/services/{x.Coaching}/board", _ => null, Expect.SignedIn(200)),

        new("POST", "/api/clients/", _ => "/api/clients", _ => new { firstName = "Matti", lastName = "Matriisi" }, new(403, 403, 201, 201, 403, 201, 401)),
        // Need-to-know: only the team with the client's case reads personal data; network-wide roles never do.
        // Everyone may search; only need-to-know decides what they find (nothing, for those who never read names).
        new("POST", "/api/clients/search", _ => "/api/clients/search", _ => new { query = "Matriisi" }, Expect.SignedIn(200)),
        new("POST", "/api/clients/duplicate-check", _ => "/api/clients/duplicate-check", _ => new { identityCode = "010185-123B" }, new(403, 403, 200, 200, 403, 200, 401)),
        new("GET", "/api/clients/{clientId}", x => $"/api/clients/{x.Client}", _ => null, new(404, 404, 200, 200, 404, 404, 401)),
        // Names of the clients the asker may read: an empty list for the rest.
        new("GET", "/api/services/{serviceId}/clients", x => $"/api/services/{x.Coaching}/clients", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/clients/{clientId}/access-report", x => $"/api/clients/{x.Client}/access-report", _ => null, Expect.AdminOnly(200)),
        new("GET", "/api/audit", _ => "/api/audit", _ => null, Expect.AdminOnly(200)),
        new("GET", "/api/audit/export", _ => "/api/audit/export?kind=SignIn", _ => null, Expect.AdminOnly(200)),
        // Only Rehab's team (the other team's worker) opens cases in Rehab, and not for Coaching's client,
        // whom it has no reason to hold (decision 0006): 404, as for a client that does not exist.
        new("POST", "/api/cases/", _ => "/api/cases", x => new { clientId = x.Client, serviceId = x.Rehab }, new(403, 403, 403, 403, 403, 404, 401)),
        new("GET", "/api/cases/{caseId}", x => $"/api/cases/{x.Case}", _ => null, Expect.TeamData(200)),
        new("POST", "/api/cases/{caseId}/moves", x => $"/api/cases/{x.Case}/moves", x => new { stageId = x.CaseStage, version = Stale }, Expect.TeamWork(409)),
        new("POST", "/api/cases/{caseId}/block", x => $"/api/cases/{x.Case}/block", _ => new { reason = "WaitingForDecision", note = "Asunto", version = Stale }, Expect.TeamWork(409)),
        // Notes are free text about the client: only those with need-to-know (the team's lead and worker).
        new("GET", "/api/cases/{caseId}/notes", x => $"/api/cases/{x.Case}/notes", _ => null, new(404, 404, 200, 200, 404, 404, 401)),
        new("POST", "/api/cases/{caseId}/unblock", x => $"/api/cases/{x.Case}/unblock", _ => new { version = Stale }, Expect.TeamWork(409)),
        new("POST", "/api/cases/{caseId}/close", x => $"/api/cases/{x.Case}/close", _ => new { outcome = "Studying", version = Stale }, Expect.TeamWork(409)),
        new("POST", "/api/cases/{caseId}/reopen", x => $"/api/cases/{x.Case}/reopen", _ => new { version = Stale, reason = "NeedReturned" }, Expect.TeamWork(409)),
        new("POST", "/api/cases/{caseId}/work", x => $"/api/cases/{x.Case}/work", _ => new { minutes = 0 }, Expect.TeamWork(400)),
        new("POST", "/api/cases/{caseId}/assign", x => $"/api/cases/{x.Case}/assign", _ => new { workerId = (Guid?)null, version = Stale }, Expect.TeamWork(409)),
        new("POST", "/api/cases/{caseId}/pair", x => $"/api/cases/{x.Case}/pair", _ => new { pairId = (Guid?)null, version = Stale }, Expect.TeamWork(409)),
        new("GET", "/api/cases/{caseId}/work", x => $"/api/cases/{x.Case}/work", _ => null, Expect.TeamData(200)),

        new("POST", "/api/referrals/", _ => "/api/referrals", x => new { fromCaseId = x.Case, toServiceId = x.Rehab, reason = "", clientConsented = true }, Expect.TeamWork(400)),
        new("GET", "/api/referrals/", _ => "/api/referrals", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/referrals/{referralId}", x => $"/api/referrals/{x.Referral}", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/referrals/{referralId}/accept", x => $"/api/referrals/{x.Referral}/accept", _ => new { version = Stale }, new(403, 403, 403, 403, 403, 409, 401)),
        new("POST", "/api/referrals/{referralId}/decline", x => $"/api/referrals/{x.Referral}/decline", _ => new { reason = "Incomplete", version = Stale }, new(403, 403, 403, 403, 403, 409, 401)),
        new("GET", "/api/teams/{teamId}/standup", x => $"/api/teams/{x.EmploymentTeam}/standup", _ => null, Expect.TeamData(200)),
        // The client's side needs no account; the public probes come before "show", which replaces the token.
        new("GET", "/api/feedback/public/{token}/", x => $"/api/feedback/public/{x.FeedbackToken}", _ => null, new(200, 200, 200, 200, 200, 200, 200)),
        new("POST", "/api/feedback/public/{token}/", x => $"/api/feedback/public/{x.FeedbackToken}", _ => new { rating = 0 }, new(400, 400, 400, 400, 400, 400, 400)),
        new("GET", "/api/cases/{caseId}/feedback", x => $"/api/cases/{x.ClosedCase}/feedback", _ => null, Expect.TeamData(200)),
        new("POST", "/api/cases/{caseId}/feedback-links/{linkId}/show", x => $"/api/cases/{x.ClosedCase}/feedback-links/{x.FeedbackLink}/show", _ => null, Expect.TeamWork(200)),
        new("GET", "/api/services/{serviceId}/feedback", x => $"/api/services/{x.Coaching}/feedback", _ => null, Expect.TeamData(200)),
        // Pseudonymous CSV: team leads and network-wide roles; workers 403.
        new("GET", "/api/services/{serviceId}/feedback/export", x => $"/api/services/{x.Coaching}/feedback/export", _ => null, new(200, 200, 200, 403, 200, 403, 401)),
        // Exports: team leads and network roles; workers are refused before the input is read.
        new("GET", "/api/exports/eventlog", _ => "/api/exports/eventlog?format=pdf", _ => null, new(400, 400, 400, 403, 400, 403, 401)),
        // Forecasts: a too-short basis (1 day) is refused with 400 once the service is visible.
        new("GET", "/api/forecasts/services/{serviceId}/referral-wait", x => $"/api/forecasts/services/{x.Coaching}/referral-wait?basisDays=1", _ => null, Expect.SignedIn(400)),
        new("GET", "/api/forecasts/services/{serviceId}/when", x => $"/api/forecasts/services/{x.Coaching}/when?items=5&basisDays=1", _ => null, Expect.TeamData(400)),
        new("GET", "/api/forecasts/services/{serviceId}/how-many", x => $"/api/forecasts/services/{x.Coaching}/how-many?by=2099-01-01&basisDays=1", _ => null, Expect.TeamData(400)),
        // Members answer for their own teams (satisfaction 0 is refused before anything is saved).
        new("POST", "/api/pulse/", _ => "/api/pulse", x => new { teamId = x.EmploymentTeam, jobSatisfaction = 0 }, new(400, 403, 400, 400, 403, 403, 401)),
        new("GET", "/api/pulse/results", _ => "/api/pulse/results", _ => null, new(200, 200, 200, 403, 200, 403, 401)),
        new("GET", "/api/events", _ => "/api/events", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/metrics/flow", _ => "/api/metrics/flow", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/metrics/flow/dashboard", _ => "/api/metrics/flow/dashboard", _ => null, Expect.SignedIn(200)),

        new("GET", "/api/admin/users/", _ => "/api/admin/users", _ => null, Expect.AdminOnly(200)),
        new("GET", "/api/admin/users/{userId}", x => $"/api/admin/users/{x.SpareUser}", _ => null, Expect.AdminOnly(200)),
        new("POST", "/api/admin/users/", _ => "/api/admin/users", x => new { email = "matriisi@demo.sujuva.fi", displayName = "Matti Matriisi", password = "Matriisi-salasana-1", roles = new[] { "Worker" }, teamIds = new[] { x.EmploymentTeam } }, Expect.AdminOnly(201)),
        new("PUT", "/api/admin/users/{userId}/roles", x => $"/api/admin/users/{x.SpareUser}/roles", _ => new { roles = new[] { "TeamLead" }, version = "stale" }, Expect.AdminOnly(409)),
        new("PUT", "/api/admin/users/{userId}/teams", x => $"/api/admin/users/{x.SpareUser}/teams", x => new { teamIds = new[] { x.EmploymentTeam }, version = "stale" }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/users/{userId}/lock", x => $"/api/admin/users/{x.SpareUser}/lock", _ => null, Expect.AdminOnly(200)),
        new("POST", "/api/admin/users/{userId}/unlock", x => $"/api/admin/users/{x.SpareUser}/unlock", _ => null, Expect.AdminOnly(200)),
        new("POST", "/api/admin/users/{userId}/reset-two-factor", x => $"/api/admin/users/{x.SpareUser}/reset-two-factor", _ => null, Expect.AdminOnly(200)),
        new("GET", "/api/admin/organisations", _ => "/api/admin/organisations", _ => null, Expect.AdminOnly(200)),
        new("PUT", "/api/admin/organisations/{organisationId}", x => $"/api/admin/organisations/{x.SpareOrganisation}", _ => new { name = "Uusi nimi", version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/organisations/{organisationId}/archive", x => $"/api/admin/organisations/{x.SpareOrganisation}/archive", _ => new { version = Stale }, Expect.AdminOnly(409)),
        new("GET", "/api/admin/teams", _ => "/api/admin/teams", _ => null, Expect.AdminOnly(200)),
        new("PUT", "/api/admin/teams/{teamId}", x => $"/api/admin/teams/{x.EmploymentTeam}", _ => new { name = "Uusi nimi", version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/teams/{teamId}/archive", x => $"/api/admin/teams/{x.EmploymentTeam}/archive", _ => new { version = Stale }, Expect.AdminOnly(409)),
        new("GET", "/api/admin/services/", _ => "/api/admin/services", _ => null, Expect.AdminOnly(200)),
        new("PUT", "/api/admin/services/{serviceId}", x => $"/api/admin/services/{x.Coaching}", _ => new { name = "Uusi nimi", version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/services/{serviceId}/archive", x => $"/api/admin/services/{x.Coaching}/archive", _ => new { version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/services/{serviceId}/stages", x => $"/api/admin/services/{x.Coaching}/stages", _ => new { name = "Uusi", kind = "Waiting", wipLimit = (int?)null, version = Stale }, Expect.AdminOnly(409)),
        new("PUT", "/api/admin/services/{serviceId}/stages/{stageId}", x => $"/api/admin/services/{x.Coaching}/stages/{x.CaseStage}", _ => new { name = "Uusi", kind = "Waiting", wipLimit = 3, version = Stale }, Expect.AdminOnly(409)),
        new("PUT", "/api/admin/services/{serviceId}/stage-order", x => $"/api/admin/services/{x.Coaching}/stage-order", x => new { stageIds = new[] { x.CaseStage }, version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/services/{serviceId}/stages/{stageId}/archive", x => $"/api/admin/services/{x.Coaching}/stages/{x.CaseStage}/archive", _ => new { version = Stale }, Expect.AdminOnly(409)),
        new("GET", "/api/improvements/", _ => "/api/improvements", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/improvements/", x => "/api/improvements", x => new
        {
            kind = "Experiment", title = "Valmennukseen jonotetaan", scope = new { kind = "Service", serviceId = x.Coaching },
            measures = new[] { new { kind = "QueueTime", role = "Outcome" } },
        }, new(403, 201, 201, 403, 201, 403, 401)),
        new("GET", "/api/improvements/{improvementId}", x => $"/api/improvements/{x.Improvement}", _ => null, Expect.SignedIn(200)),
        new("PUT", "/api/improvements/{improvementId}", x => $"/api/improvements/{x.Improvement}",
            x => new { title = "Uusi otsikko", ownerId = x.SpareUser, measuredFrom = "2026-01-05", version = Stale }, Expect.ImprovementWork(409)),
        new("PUT", "/api/improvements/{improvementId}/measures", x => $"/api/improvements/{x.Improvement}/measures",
            _ => new { measures = new[] { new { kind = "LeadTime", role = "Outcome" } }, version = Stale }, Expect.ImprovementWork(409)),
        new("PUT", "/api/improvements/{improvementId}/sheet", x => $"/api/improvements/{x.Improvement}/sheet",
            _ => new { startDate = "2026-01-05", version = Stale }, Expect.ImprovementWork(409)),
        // Too few weeks of data for a chart in the fixture: past authorisation, every reader gets the chart's 422.
        new("GET", "/api/improvements/{improvementId}/chart", x => $"/api/improvements/{x.Improvement}/chart", _ => null, Expect.SignedIn(422)),
        new("GET", "/api/improvements/{improvementId}/chart.csv", x => $"/api/improvements/{x.Improvement}/chart.csv", _ => null, Expect.SignedIn(422)),
        new("POST", "/api/improvements/{improvementId}/cycles", x => $"/api/improvements/{x.Improvement}/cycles",
            _ => new { change = "Pariohjaus", changeDate = "2026-03-02", version = Stale }, Expect.ImprovementWork(409)),
        new("PUT", "/api/improvements/{improvementId}/cycles/{cycle}", x => $"/api/improvements/{x.Improvement}/cycles/1",
            _ => new { change = "Pariohjaus", changeDate = "2026-03-02", version = Stale }, Expect.ImprovementWork(409)),
        new("POST", "/api/improvements/{improvementId}/cycles/{cycle}/start", x => $"/api/improvements/{x.Improvement}/cycles/1/start",
            _ => new { version = Stale }, Expect.ImprovementWork(409)),
        new("POST", "/api/improvements/{improvementId}/cycles/{cycle}/observations", x => $"/api/improvements/{x.Improvement}/cycles/1/observations",
            _ => new { on = "2026-03-03", text = "Havainto", version = Stale }, Expect.ImprovementWork(409)),
        new("POST", "/api/improvements/{improvementId}/cycles/{cycle}/study", x => $"/api/improvements/{x.Improvement}/cycles/1/study",
            _ => new { study = "Tulkinta", version = Stale }, Expect.ImprovementWork(409)),
        new("POST", "/api/improvements/{improvementId}/cycles/{cycle}/decision", x => $"/api/improvements/{x.Improvement}/cycles/1/decision",
            _ => new { decision = "Adopt", reason = "Toimii", version = Stale }, Expect.ImprovementWork(409)),
        new("GET", "/api/programme-templates/", x => $"/api/programme-templates?serviceId={x.Coaching}", _ => null, Expect.TeamData(200)),
        new("POST", "/api/programme-templates/", _ => "/api/programme-templates", x => MatrixSetup.ProgrammeTemplate(x.Coaching),
            new(403, 201, 201, 403, 403, 404, 401)),
        new("GET", "/api/programme-templates/{templateId}", x => $"/api/programme-templates/{x.ProgrammeTemplate}", _ => null, Expect.TeamData(200)),
        new("PUT", "/api/programme-templates/{templateId}", x => $"/api/programme-templates/{x.ProgrammeTemplate}",
            x => new { serviceId = x.Coaching, name = "Etävalmennus", rhythm = new { kind = "Weekly" },
                sessions = new[] { new { topic = "Tavoitteet", minutes = 60, mode = "Remote" } }, version = Stale },
            new(403, 409, 409, 403, 403, 404, 401)),
        // Programme figures: aggregates of a service, shown to whoever sees its figures (as its feedback); the other team 404.
        new("GET", "/api/programme-templates/{templateId}/figures", x => $"/api/programme-templates/{x.ProgrammeTemplate}/figures", _ => null, Expect.TeamData(200)),
        new("GET", "/api/services/{serviceId}/programme-figures", x => $"/api/services/{x.Coaching}/programme-figures", _ => null, Expect.TeamData(200)),
        new("GET", "/api/cases/{caseId}/programmes/", x => $"/api/cases/{x.Case}/programmes", _ => null, Expect.TeamData(200)),
        // moveOnClash: the Worker's and the TeamLead's enrolments share the coach and day; the second moves past the first.
        new("POST", "/api/cases/{caseId}/programmes/", x => $"/api/cases/{x.Case}/programmes",
            x => new { templateId = x.ProgrammeTemplate, coachId = x.SpareUser, startsOn = "2030-01-07", at = "10:00", moveOnClash = true },
            Expect.TeamWork(201)),
        new("POST", "/api/sessions/{sessionId}/attendance", x => $"/api/sessions/{Guid.Empty}/attendance",
            x => new { caseId = x.Case, attendance = "NoShow", version = Stale }, Expect.TeamData(404)),
        // No such session: found (or not) before the team is asked; SessionChangeTests refuses another team with 403.
        new("POST", "/api/sessions/{sessionId}/cancel", x => $"/api/sessions/{Guid.Empty}/cancel",
            _ => new { reason = "CoachAbsent", version = Stale }, Expect.SignedIn(404)),
        new("POST", "/api/sessions/{sessionId}/reschedule", x => $"/api/sessions/{Guid.Empty}/reschedule",
            _ => new { day = "2030-01-08", from = "10:00", to = "11:00", version = Stale }, Expect.SignedIn(404)),
        new("GET", "/api/me/sessions", _ => "/api/me/sessions", _ => null, Expect.SignedIn(200)),
        // The team's week: its team lead and managers; those who see the team without leading it 403, the other team 404.
        new("GET", "/api/teams/{teamId}/sessions", x => $"/api/teams/{x.EmploymentTeam}/sessions", _ => null, new(403, 200, 200, 403, 403, 404, 401)),
        new("GET", "/api/cases/{caseId}/client-link/", x => $"/api/cases/{x.Case}/client-link", _ => null, Expect.TeamWork(200)),
        new("POST", "/api/cases/{caseId}/client-link/regenerate", x => $"/api/cases/{x.Case}/client-link/regenerate", _ => null, Expect.TeamWork(200)),
        new("GET", "/api/me/calendar-feed/", _ => "/api/me/calendar-feed", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/me/calendar-feed/regenerate", _ => "/api/me/calendar-feed/regenerate", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/sprints/", _ => "/api/sprints", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/sprints/agenda", _ => "/api/sprints/agenda", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/sprints/", _ => "/api/sprints", x => MatrixSetup.Sprint(x.SpareUser, x.SpareUser, [], x.Coaching),
            new(403, 201, 201, 403, 201, 403, 401)),
        new("GET", "/api/sprints/{sprintId}", x => $"/api/sprints/{x.Sprint}", _ => null, Expect.SignedIn(200)),
        // The Manager is its Decider and the TeamLead its facilitator: they run it; everyone else 403 before the version is asked.
        new("PUT", "/api/sprints/{sprintId}", x => $"/api/sprints/{x.Sprint}", x => new
        {
            challenge = "Uusi haaste", deciderId = x.SpareUser, facilitatorId = x.SpareUser, mode = "Remote", version = Stale,
            sessions = Enumerable.Range(1, 4).Select(d => new { day = d, half = 0, date = $"2030-02-0{3 + d}", start = "09:00" }).ToArray(),
        }, Expect.SprintRun(409)),
        new("GET", "/api/sprints/{sprintId}/decisions", x => $"/api/sprints/{x.Sprint}/decisions", _ => null, Expect.SignedIn(200)),
        // A drop needs nothing created elsewhere: the Decider and the facilitator add one each to the matrix sprint.
        new("POST", "/api/sprints/{sprintId}/decisions", x => $"/api/sprints/{x.Sprint}/decisions",
            x => new { kind = "Drop", what = "Etäpäivystys", ownerId = x.SpareUser, due = "2030-03-01", reason = "Ei tarvetta" }, Expect.SprintRun(201)),
        // No such decision: the runners get past authorisation to its 404 without changing anything.
        new("PUT", "/api/sprints/{sprintId}/decisions/{decisionId}", x => $"/api/sprints/{x.Sprint}/decisions/{Guid.Empty}",
            x => new { what = "Uusi", ownerId = x.SpareUser, due = "2030-03-01", reason = "Syy", version = Stale }, Expect.SprintRun(404)),
        new("POST", "/api/sprints/{sprintId}/close", x => $"/api/sprints/{x.Sprint}/close", _ => new { version = Stale }, Expect.SprintRun(409)),
        new("GET", "/api/sprints/{sprintId}/run/", x => $"/api/sprints/{x.Sprint}/run", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/sprints/{sprintId}/run/start", x => $"/api/sprints/{x.Sprint}/run/start", _ => new { exercise = "Map", version = Stale },
            Expect.SprintRun(409)),
        new("POST", "/api/sprints/{sprintId}/run/next", x => $"/api/sprints/{x.Sprint}/run/next", _ => new { version = Stale }, Expect.SprintRun(409)),
        new("POST", "/api/sprints/{sprintId}/run/pause", x => $"/api/sprints/{x.Sprint}/run/pause", _ => new { version = Stale }, Expect.SprintRun(409)),
        new("POST", "/api/sprints/{sprintId}/run/resume", x => $"/api/sprints/{x.Sprint}/run/resume", _ => new { version = Stale }, Expect.SprintRun(409)),
        new("GET", "/api/sprints/{sprintId}/notes/", x => $"/api/sprints/{x.Sprint}/notes", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/sprints/{sprintId}/notes/", x => $"/api/sprints/{x.Sprint}/notes",
            _ => new { exercise = "ExpertInterviews", kind = "HowMightWe", text = "Miten voisimme?" }, Expect.SprintWork(201)),
        // No such note: the team is told so after the sprint's team is asked; others 403 first.
        new("PUT", "/api/sprints/{sprintId}/notes/{noteId}", x => $"/api/sprints/{x.Sprint}/notes/{Guid.Empty}",
            _ => new { text = "Uusi", theme = "Teema", version = Stale }, Expect.SprintWork(404)),
        new("POST", "/api/sprints/{sprintId}/notes/{noteId}/delete", x => $"/api/sprints/{x.Sprint}/notes/{Guid.Empty}/delete",
            _ => new { version = Stale }, Expect.SprintWork(404)),
        // No such note to vote on: 400 naming targetId, once the voter is found in the team.
        new("POST", "/api/sprints/{sprintId}/votes/", x => $"/api/sprints/{x.Sprint}/votes",
            _ => new { round = "HeatMap", targetKind = "Note", targetId = Guid.Empty, dots = 1 }, Expect.SprintWork(400)),
        new("POST", "/api/sprints/{sprintId}/votes/{voteId}/withdraw", x => $"/api/sprints/{x.Sprint}/votes/{Guid.Empty}/withdraw", _ => null,
            Expect.SprintWork(404)),
        new("GET", "/api/sprints/{sprintId}/votes/rounds/{round}", x => $"/api/sprints/{x.Sprint}/votes/rounds/HowMightWe", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/sprints/{sprintId}/votes/rounds/{round}/reveal", x => $"/api/sprints/{x.Sprint}/votes/rounds/HowMightWe/reveal",
            _ => new { version = Stale }, Expect.SprintRun(409)),
        // Operating-model descriptions: published versions are read by everyone in the network (aggregates only); a live one is
        // generated for the services whose work the asker sees; Lean coaches, managers and the service's team lead publish
        // (a stale basedOn: 409 past authorisation and visibility).
        new("GET", "/api/blueprints/", _ => "/api/blueprints", _ => null, Expect.SignedIn(200)),
        new("POST", "/api/blueprints/", _ => "/api/blueprints", x => new { title = "Toimintamalli", serviceIds = new[] { x.Coaching }, basedOn = Stale },
            new(403, 409, 409, 403, 409, 403, 401)),
        new("GET", "/api/blueprints/live", x => $"/api/blueprints/live?services={x.Coaching}", _ => null, Expect.TeamData(200)),
        new("GET", "/api/blueprints/compare", _ => $"/api/blueprints/compare?a={Guid.Empty}&b={Guid.Empty}", _ => null, Expect.SignedIn(404)),
        new("GET", "/api/blueprints/{versionId}", _ => $"/api/blueprints/{Guid.Empty}", _ => null, Expect.SignedIn(404)),
        new("GET", "/api/sprints/{sprintId}/content", x => $"/api/sprints/{x.Sprint}/content", _ => null, Expect.SignedIn(200)),
        new("PUT", "/api/sprints/{sprintId}/content", x => $"/api/sprints/{x.Sprint}/content", _ => new { version = Stale, longTermGoal = "Tavoite" }, Expect.SprintWork(409)),
        new("GET", "/api/sprints/{sprintId}/map/live", x => $"/api/sprints/{x.Sprint}/map/live", _ => null, Expect.SignedIn(200)),
        new("GET", "/api/sprints/{sprintId}/files", x => $"/api/sprints/{x.Sprint}/files", _ => null, Expect.SignedIn(200)),
        // The body (JSON text) is not an image: those who work in the sprint get 400 naming file, before anything is stored.
        new("POST", "/api/sprints/{sprintId}/files", x => $"/api/sprints/{x.Sprint}/files", _ => new { text = "ei kuva" }, Expect.SprintWork(400)),
        new("GET", "/api/sprints/{sprintId}/files/{fileId}", x => $"/api/sprints/{x.Sprint}/files/{Guid.Empty}", _ => null, Expect.SignedIn(404)),
        new("GET", "/api/sprints/{sprintId}/test-grid", x => $"/api/sprints/{x.Sprint}/test-grid", _ => null, Expect.SignedIn(200)),
        new("PUT", "/api/sprints/{sprintId}/test-grid/{interview}/{questionId}", x => $"/api/sprints/{x.Sprint}/test-grid/1/{Guid.Empty}",
            _ => new { verdict = "Positive" }, Expect.SprintWork(404)),
        new("POST", "/api/sprints/{sprintId}/test-links", x => $"/api/sprints/{x.Sprint}/test-links", _ => new { interview = 9 }, Expect.SprintWork(400)),
        // The interviewee's link without an account: a token never issued is 404 for everyone.
        new("GET", "/api/sprint-tests/{token}/", _ => $"/api/sprint-tests/{new string('A', 43)}", _ => null, new(404, 404, 404, 404, 404, 404, 404)),
        new("POST", "/api/sprint-tests/{token}/", _ => $"/api/sprint-tests/{new string('A', 43)}", _ => new { answers = Array.Empty<object>() },
            new(404, 404, 404, 404, 404, 404, 404)),
        new("GET", "/api/admin/block-reasons/", _ => "/api/admin/block-reasons", _ => null, Expect.AdminOnly(200)),
        new("PUT", "/api/admin/block-reasons/{reason}", _ => "/api/admin/block-reasons/WaitingForDecision", _ => new { name = "Uusi nimi", version = Stale }, Expect.AdminOnly(409)),
        new("POST", "/api/admin/block-reasons/{reason}/clear", _ => "/api/admin/block-reasons/WaitingForDecision/clear", _ => new { version = Stale }, Expect.AdminOnly(409)),
    ];
}

/// <summary>The fixture's ids the probes use: the Worker's team's case and client, a referral from it to the other team,
/// a closed case of the Worker's team with its feedback link and that link's current token.</summary>
public sealed record MatrixIds(
    Guid Coaching, Guid Rehab, Guid EmploymentTeam, Guid Case, Guid CaseStage, Guid Client, Guid Referral,
    Guid SpareOrganisation, Guid SpareService, Guid SpareUser, Guid ClosedCase, Guid FeedbackLink, string FeedbackToken, Guid Improvement,
    Guid ProgrammeTemplate, Guid Sprint);
