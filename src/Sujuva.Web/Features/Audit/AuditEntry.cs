namespace Sujuva.Web.Features.Audit;

public enum AuditKind
{
    PersonalDataRead,
    SignIn,
    FailedSignIn,
    RoleChange,
    Export,

    /// <summary>An administrator locked or unlocked an account, or reset its two-step sign-in.</summary>
    AccountChange,

    /// <summary>
    /// A duplicate check found an identity code registered for a client the user may not read: nothing of the
    /// client was shown, but the user learnt that the code is registered.
    /// </summary>
    IdentityCodeLookup,
}

/// <summary>
/// One line of the append-only audit log: who did what, when (UTC), from which address, and for a
/// read of personal data which client, which fields and why (the granting case or referral).
/// Detail holds no personal data: a role name, an export's kind, a sign-in failure's cause.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public AuditKind Kind { get; private set; }

    /// <summary>The acting user; null for a failed sign-in to an unknown account.</summary>
    public UserId? UserId { get; private set; }

    public ClientId? ClientId { get; private set; }

    /// <summary>Comma-separated names of the personal-data fields read.</summary>
    public string? Fields { get; private set; }

    public CaseId? CaseId { get; private set; }
    public ReferralId? ReferralId { get; private set; }

    /// <summary>The user a role change was about.</summary>
    public UserId? SubjectUserId { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>The remote IP address; null when the request did not come over HTTP.</summary>
    public string? Ip { get; private set; }

    /// <summary>The endpoint or page route template, never a concrete URL.</summary>
    public string? Source { get; private set; }

    /// <summary>
    /// The page view (or API request) whose reads were written together: a board of 86 named cards is one batch
    /// of 86 entries, one per client as the law expects, which the audit page shows as one line. Null for entries
    /// that are not reads of personal data.
    /// </summary>
    public Guid? PageViewId { get; private set; }

    private AuditEntry() { }

    public AuditEntry(AuditKind kind, DateTime at, UserId? userId, ClientId? clientId = null,
        IEnumerable<string>? fields = null, CaseId? caseId = null, ReferralId? referralId = null,
        UserId? subjectUserId = null, string? detail = null, Guid? pageViewId = null)
    {
        PageViewId = pageViewId;
        Kind = kind;
        At = at;
        UserId = userId;
        ClientId = clientId;
        Fields = fields is null ? null : string.Join(',', fields);
        CaseId = caseId;
        ReferralId = referralId;
        SubjectUserId = subjectUserId;
        Detail = detail;
    }

    /// <summary>Set by AuditTrail from the current request before saving.</summary>
    internal void From(string? ip, string? source)
    {
        Ip ??= ip;
        Source ??= source;
    }
}
