using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>One client's episode in one service: moves between stages, blocks, closes and reopens.</summary>
public sealed partial class Case : Entity
{
    public CaseId Id { get; private set; }
    public ClientId ClientId { get; private set; }
    public string ClientPseudonym { get; private set; } = "";
    public ServiceId ServiceId { get; private set; }
    public OrganisationId OrganisationId { get; private set; }
    public StageId StageId { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateTime EnteredStageAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public Outcome? Outcome { get; private set; }
    /// <summary>The code of the current block; its free text, if any, is a CaseNote.</summary>
    public BlockReason? BlockedReason { get; private set; }
    public DateTime? BlockedAt { get; private set; }

    /// <summary>The worker who has the case in hand, if anyone; a member of the service's team.</summary>
    public UserId? AssigneeId { get; private set; }

    /// <summary>A second worker sharing the case (pair work), if any; a member of the service's team, never the assignee.</summary>
    public UserId? PairId { get; private set; }

    /// <summary>The accepted referral that opened this case, if any.</summary>
    public ReferralId? FromReferralId { get; private set; }

    /// <summary>Bumped by every change; a request carrying an older one gets 409.</summary>
    public int Version { get; private set; }

    public Service Service { get; private set; } = null!;

    private readonly List<CaseNote> _notes = [];

    /// <summary>Notes written by this instance's changes (not loaded otherwise); saved with the case.</summary>
    public IReadOnlyCollection<CaseNote> Notes => _notes;

    public bool IsOpen => ClosedAt is null;

    private Case() { }

    public static (Case? Case, Refusal? Refusal) Open(Client client, Service service, StageId? stageId,
        ReferralId? fromReferral, UserId by, DateTime at)
    {
        if (service.ArchivedAt is not null)
            return (null, Refusal.Rule("serviceId", "Services.Archived", "The service is archived."));
        var stage = stageId is { } sid ? service.StageOf(sid) : service.FirstStage;
        if (stage is null) return (null, UnknownStage());

        var c = new Case
        {
            Id = new(Guid.CreateVersion7(at)), ClientId = client.Id, ClientPseudonym = client.Pseudonym,
            ServiceId = service.Id, OrganisationId = service.OrganisationId, StageId = stage.Id,
            OpenedAt = at, EnteredStageAt = at, FromReferralId = fromReferral, Version = 1, Service = service,
        };
        c.Append(new CaseOpened(fromReferral?.Value), by, at);
        return (c, null);
    }

    /// <summary>
    /// Moves to another stage of the board. A full stage (open cases at its WIP limit) refuses
    /// unless the mover gives an override reason: the event records that the limit was passed, the
    /// reason is a CaseNote (free text may name the client).
    /// </summary>
    public Refusal? MoveTo(StageId target, int openInTarget, string? overrideReason, UserId by, DateTime at)
    {
        if (!IsOpen) return Closed();
        var stage = Service.StageOf(target);
        if (stage is null) return UnknownStage();
        if (stage.Id == StageId)
            return Refusal.Rule("stageId", "Cases.AlreadyInStage", "The case is already in that stage.");
        var full = stage.WipLimit is int limit && openInTarget >= limit;
        if (full && CaseNote.Refuse(overrideReason?.Trim(), "overrideReason") is { } tooLong) return tooLong;
        if (full && string.IsNullOrWhiteSpace(overrideReason))
            return Refusal.Rule("stageId", "Cases.WipLimitReached",
                $"The stage is at its WIP limit of {stage.WipLimit}; give an override reason to move anyway.");

        var from = StageId;
        StageId = target;
        EnteredStageAt = at;
        Version++;
        if (full) _notes.Add(new CaseNote(Id, CaseNoteKind.WipOverride, overrideReason!.Trim(), by, at));
        Append(new CaseMoved(from.Value, WipOverride: full), by, at);
        return null;
    }

    private void Append(IEventPayload payload, UserId by, DateTime at) =>
        Record(new Event(payload, at, by, OrganisationId, ServiceId, Id, ClientPseudonym, StageId));

    private static Refusal Closed() => Refusal.Rule("caseId", "Cases.Closed", "The case is closed; reopen it first.");

    private static Refusal UnknownStage() =>
        Refusal.Invalid("stageId", "Cases.UnknownStage", "No such stage on this service's board.");
}
