namespace Sujuva.Web.Features.EventLog;

/// <summary>The event types of the log; readers (metrics, exports) match on these strings.</summary>
public static class EventTypes
{
    public const string OrganisationCreated = "OrganisationCreated";
    public const string TeamCreated = "TeamCreated";
    public const string ServiceCreated = "ServiceCreated";
    public const string ServiceArchived = "ServiceArchived";
    public const string OrganisationRenamed = "OrganisationRenamed";
    public const string OrganisationArchived = "OrganisationArchived";
    public const string TeamRenamed = "TeamRenamed";
    public const string TeamArchived = "TeamArchived";
    public const string ServiceRenamed = "ServiceRenamed";
    public const string BoardChanged = "BoardChanged";
    public const string ClientRegistered = "ClientRegistered";
    public const string CaseOpened = "CaseOpened";
    public const string CaseMoved = "CaseMoved";
    public const string CaseBlocked = "CaseBlocked";
    public const string CaseUnblocked = "CaseUnblocked";
    public const string WorkLogged = "WorkLogged";
    public const string CaseClosed = "CaseClosed";
    public const string CaseReopened = "CaseReopened";
    public const string ReferralSent = "ReferralSent";
    public const string ReferralAccepted = "ReferralAccepted";
    public const string ReferralDeclined = "ReferralDeclined";
}
