namespace Sujuva.Analytics.Simulation;

/// <summary>
/// What the network simulator produces: the structure of a network and a time-ordered list of
/// operations on it. The web app replays the operations through its domain rules to seed a
/// database; the CLI turns them into an event log. Keys are stable for a given seed.
/// </summary>
public sealed record SimulatedNetwork(
    string NetworkName,
    IReadOnlyList<SimOrganisation> Organisations,
    IReadOnlyList<SimTeam> Teams,
    IReadOnlyList<SimService> Services,
    IReadOnlyList<SimWorker> Workers,
    IReadOnlyList<SimClient> Clients,
    IReadOnlyList<SimOperation> Operations);

public sealed record LocalisedName(string Fi, string Sv, string En);

public sealed record SimOrganisation(string Key, LocalisedName Name);

public sealed record SimTeam(string Key, string OrganisationKey, LocalisedName Name);

/// <summary>A service of an organisation, worked by one team, with its board's ordered stages.</summary>
public sealed record SimService(
    string Key, string OrganisationKey, string TeamKey, LocalisedName Name, IReadOnlyList<SimStage> Stages);

public enum SimStageKind { Waiting, Working }

public sealed record SimStage(string Key, LocalisedName Name, SimStageKind Kind, int? WipLimit);

public enum SimRole { Worker, TeamLead, Manager, Developer, Administrator }

/// <summary>A person who signs in. Names are invented. Key is also the e-mail's local part.</summary>
public sealed record SimWorker(string Key, string TeamKey, string FirstName, string LastName, SimRole Role);

/// <summary>A client's personal data (invented); everything else refers to the client by Key only.</summary>
public sealed record SimClient(int Key, string FirstName, string LastName, DateOnly BirthDate, string Municipality);

public enum SimOutcome { GoalReached, Employed, Studying, ReferredOnward, Withdrew, Other }

public enum SimDeclineReason { Capacity, NotEligible, Incomplete, ClientDeclined, Other }

/// <summary>A block's coded reason, in the web app's BlockReason order.</summary>
public enum SimBlockReason { WaitingForClient, WaitingForOtherService, WaitingForDocuments, WaitingForDecision, Other }

/// <summary>A block as a worker records it: the code, and a note in their words.</summary>
public sealed record SimBlock(SimBlockReason Reason, string Note);

/// <summary>One change, at a UTC time, by a worker (ActorKey = SimWorker.Key).</summary>
public abstract record SimOperation(DateTime At, string ActorKey);

public sealed record OpenCase(DateTime At, string ActorKey, int CaseKey, int ClientKey, string ServiceKey, string StageKey)
    : SimOperation(At, ActorKey);

/// <summary>A move; WipOverrideReason is set only when the target stage was at its WIP limit.</summary>
public sealed record MoveCase(DateTime At, string ActorKey, int CaseKey, string StageKey, string? WipOverrideReason)
    : SimOperation(At, ActorKey);

public sealed record BlockCase(DateTime At, string ActorKey, int CaseKey, SimBlockReason Reason, string? Note)
    : SimOperation(At, ActorKey);

public sealed record UnblockCase(DateTime At, string ActorKey, int CaseKey) : SimOperation(At, ActorKey);

public sealed record LogWork(DateTime At, string ActorKey, int CaseKey, int Minutes) : SimOperation(At, ActorKey);

public sealed record CloseCase(DateTime At, string ActorKey, int CaseKey, SimOutcome Outcome) : SimOperation(At, ActorKey);

public sealed record ReopenCase(DateTime At, string ActorKey, int CaseKey, string StageKey) : SimOperation(At, ActorKey);

public sealed record SendReferral(
    DateTime At, string ActorKey, int ReferralKey, int FromCaseKey, string ToServiceKey, string Reason, bool ClientConsented)
    : SimOperation(At, ActorKey);

/// <summary>Accepting opens NewCaseKey in the receiving service at StageKey.</summary>
public sealed record AcceptReferral(DateTime At, string ActorKey, int ReferralKey, int NewCaseKey, string StageKey)
    : SimOperation(At, ActorKey);

public sealed record DeclineReferral(DateTime At, string ActorKey, int ReferralKey, SimDeclineReason Reason, string? Note)
    : SimOperation(At, ActorKey);
